package org.newslens.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the CLI in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = into(out, err, args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs one command object (built with the test's data folder) as the CLI would, capturing what it prints. */
    static CliRun command(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = NewsLensCommand.withHandlers(new CommandLine(command));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = NewsLensCommand.execute(cl, null, args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs the CLI, appending what it prints to {@code out} and {@code err}; returns the exit code. */
    static int into(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = NewsLensCommand.commandLineFor(args); // as the java -jar entry builds it
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return NewsLensCommand.execute(cl, null, args);
    }
}

package org.newslens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where `export` puts what it makes: printed, or written to --out F (never over its input; over a file only with --force). */
final class OutputFile {
    @Option(names = "--out", paramLabel = "F", description = "Write to F instead of printing (never over FILE).")
    Path out;

    @Option(names = "--force", description = "Replace F if it exists.")
    boolean force;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Refuses, before any work is done, a file that may not be written. */
    void check(Path input) {
        if (out != null) {
            UserFiles.check(out, List.of(input), force);
        }
    }

    /** Prints {@code content}, or writes it to F and says so ("wrote F (what)"). */
    void deliver(String content, Path input, String what) {
        PrintWriter printed = spec.commandLine().getOut();
        if (out != null) {
            UserFiles.write(out, content, List.of(input), force);
            printed.println("wrote " + out + " (" + what + ")");
        } else {
            printed.print(content);
            printed.flush();
        }
    }
}

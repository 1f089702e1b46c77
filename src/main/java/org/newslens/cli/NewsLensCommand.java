package org.newslens.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newslens.annotation.AnnotationStorageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The headless face of NewsLens. Each subcommand lives in its own class and is registered here.
 * Exit codes: 0 success, 2 bad input (one-line message on stderr), 1 unexpected failure.
 */
@Command(name = "newslens",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT, // every command takes --help

        version = "NewsLens 0.1.0",
        description = "Offline news-analysis reader. Without a subcommand, opens the window on FILE (or the seed article).")
public final class NewsLensCommand implements Runnable {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Every command, in the order the usage lists them. */
    static final List<Class<?>> COMMANDS = List.of(InfoCommand.class, EntitiesCommand.class, AnnotateCommand.class,
            SearchCommand.class, ExportCommand.class, QuotesCommand.class, TimelineCommand.class, FiguresCommand.class,
            EntityCommand.class, GraphCommand.class, WatchCommand.class, LibraryCommand.class, CommandLine.HelpCommand.class);

    /** The command line with every command. */
    public static CommandLine commandLine() {
        return commandLine(COMMANDS);
    }

    /**
     * The command line for {@code args}: with only the command they name, else with all. Adding a command reflects over
     * its options and theirs, so a cold start need not pay for every command (docs/benchmarks.md).
     */
    static CommandLine commandLineFor(String... args) {
        for (Class<?> command : COMMANDS) {
            if (args.length > 0 && command != CommandLine.HelpCommand.class && namesOf(command).contains(args[0])) {
                return commandLine(List.of(command));
            }
        }
        return commandLine();
    }

    private static CommandLine commandLine(List<Class<?>> commands) {
        CommandLine cl = new CommandLine(new NewsLensCommand(), new LibraryBackedCommand.Factory());
        commands.forEach(cl::addSubcommand);
        return withHandlers(cl);
    }

    /** {@code cl} with the exit codes and one-line messages of every command (also for a command built by a test). */
    static CommandLine withHandlers(CommandLine cl) {
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadInputException) {
                commandLine.getErr().println("newslens: " + ex.getMessage());
                return BAD_INPUT;
            }
            if (ex instanceof WriteFailedException || ex instanceof AnnotationStorageException) {
                commandLine.getErr().println("newslens: " + ex.getMessage());
                return FAILURE;
            }
            commandLine.getErr().println("newslens: unexpected error: " + ex);
            return FAILURE;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("newslens: " + DashedValueHint.message(ex, args));
            return BAD_INPUT;
        });
        return cl;
    }

    /** Runs a command on the process's standard output and error (the {@code java -jar} entry). */
    public static int run(String... args) {
        CommandLine cl = commandLineFor(args);
        CheckedOutputStream stdout = new CheckedOutputStream(new FileOutputStream(FileDescriptor.out));
        cl.setOut(new PrintWriter(new OutputStreamWriter(stdout, consoleCharset())));
        cl.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), consoleCharset()), true));
        return execute(cl, stdout, args);
    }

    /**
     * Runs a command and flushes its output; a write error on standard output (a full disk, a closed pipe)
     * is exit 1 with a message, never success. {@code stdout}, when known, tells why the write failed.
     */
    static int execute(CommandLine cl, CheckedOutputStream stdout, String... args) {
        int code = cl.execute(args);
        if (cl.getOut().checkError()) {
            IOException why = stdout == null ? null : stdout.failure();
            cl.getErr().println("newslens: cannot write to standard output"
                    + (why == null ? "" : ": " + Messages.describe(why)));
            cl.getErr().flush();
            return FAILURE;
        }
        return code;
    }

    /** What System.out would use, so that output bytes do not change with this wiring. */
    private static Charset consoleCharset() {
        String console = System.getProperty("sun.stdout.encoding");
        try {
            return console != null ? Charset.forName(console) : Charset.defaultCharset();
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    /** True when the arguments name a subcommand or a help/version flag, i.e. no window is wanted. */
    public static boolean isHeadless(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return first.startsWith("-") || subcommandNames().contains(first);
    }

    /**
     * The commands' names and aliases, read from their annotations: building the command line reflects over every
     * command's options, a cost the window's start need not pay.
     */
    static Set<String> subcommandNames() {
        return COMMANDS.stream().flatMap(c -> namesOf(c).stream()).collect(Collectors.toSet());
    }

    private static List<String> namesOf(Class<?> command) {
        Command c = command.getAnnotation(Command.class);
        return Stream.concat(Stream.of(c.name()), Arrays.stream(c.aliases())).toList();
    }
}

package org.newslens.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless face of NewsLens. Each subcommand lives in its own class and is registered here.
 * Exit codes: 0 success, 2 bad input (one-line message on stderr), 1 unexpected failure.
 */
@Command(name = "newslens",
        mixinStandardHelpOptions = true,
        version = "NewsLens 0.1.0",
        description = "Offline news-analysis reader. Without a subcommand, opens the window on FILE (or the seed article).",
        subcommands = {
                InfoCommand.class,
                EntitiesCommand.class,
                AnnotateCommand.class,
                SearchCommand.class,
                ExportCommand.class,
        })
public final class NewsLensCommand implements Runnable {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new NewsLensCommand());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadInputException) {
                commandLine.getErr().println("newslens: " + ex.getMessage());
                return BAD_INPUT;
            }
            commandLine.getErr().println("newslens: unexpected error: " + ex);
            return FAILURE;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("newslens: " + ex.getMessage());
            return BAD_INPUT;
        });
        return cl;
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** True when the arguments name a subcommand or a help/version flag, i.e. no window is wanted. */
    public static boolean isHeadless(String[] args) {
        if (args.length == 0) {
            return false;
        }
        Set<String> names = commandLine().getSubcommands().keySet();
        String first = args[0];
        return names.contains(first) || first.startsWith("-");
    }
}

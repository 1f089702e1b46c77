package org.newslens.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one-line message for arguments picocli refuses. A value that starts with '-' (a query "-word", a name "-Foo")
 * is taken for an unknown option, so the refusal ("Missing required parameter", "Unknown option") would not say what
 * to do: the message then says to put it after '--'.
 */
final class DashedValueHint {
    private DashedValueHint() {
    }

    static String message(CommandLine.ParameterException ex, String... args) {
        String dashed = ex instanceof CommandLine.MissingParameterException || ex instanceof CommandLine.UnmatchedArgumentException
                ? firstUnknownDashed(ex.getCommandLine().getCommandSpec(), args) : null;
        if (dashed == null) {
            return ex.getMessage();
        }
        String command = ex.getCommandLine().getCommandSpec().qualifiedName(" ");
        return "'" + dashed + "' is not an option of " + command + ": put -- before a value that starts with '-' ("
                + command + " … -- '" + dashed + "')";
    }

    /** The first argument before any "--" that looks like an option but is none of {@code spec}'s, or null. */
    private static String firstUnknownDashed(CommandSpec spec, String... args) {
        for (String arg : List.of(args)) {
            if (arg.equals("--")) {
                return null;
            }
            if (arg.length() > 1 && arg.startsWith("-") && spec.findOption(arg.split("=", 2)[0]) == null) {
                return arg;
            }
        }
        return null;
    }
}

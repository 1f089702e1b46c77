package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.export.ExportFormat;

/** A user asking for help gets the usage on standard output and nothing on standard error, for every command. */
class CommandHelpTest {
    @Test
    void everyCommandPrintsItsUsageCleanly() {
        for (String command : NewsLensCommand.commandLine().getSubcommands().keySet()) {
            for (String[] args : new String[][] {{command, "--help"}, {"help", command}}) {
                CliRun run = CliRun.of(args);
                assertEquals(0, run.exitCode(), String.join(" ", args) + ": " + run.err());
                assertEquals("", run.err(), String.join(" ", args));
                assertTrue(run.out().contains("Usage: newslens " + command), String.join(" ", args) + ": " + run.out());
            }
        }
        CliRun top = CliRun.of("--help");
        assertEquals("", top.err());
        assertTrue(top.out().contains("figures"), top.out());
    }

    @Test
    void everyCommandNameRunsHeadlessAndAFileOrNothingOpensTheWindow() {
        assertEquals(NewsLensCommand.commandLine().getSubcommands().keySet(), NewsLensCommand.subcommandNames());
        for (String command : NewsLensCommand.commandLine().getSubcommands().keySet()) {
            assertTrue(NewsLensCommand.isHeadless(new String[] {command}), command);
        }
        assertTrue(NewsLensCommand.isHeadless(new String[] {"--version"}));
        assertFalse(NewsLensCommand.isHeadless(new String[] {"seeds/article.txt"}));
        assertFalse(NewsLensCommand.isHeadless(new String[0]));
    }

    @Test
    void aCommandAloneOnTheCommandLineHasTheUsageItHasAmongAll() {
        for (var command : NewsLensCommand.commandLine().getSubcommands().entrySet()) {
            var alone = NewsLensCommand.commandLineFor(command.getKey(), "--help").getSubcommands();
            assertEquals(command.getKey().equals("help") ? NewsLensCommand.COMMANDS.size() : 1, alone.size(), command.getKey());
            assertEquals(command.getValue().getUsageMessage(), alone.get(command.getKey()).getUsageMessage());
        }
    }

    /** The --format help is written by hand: a format added to ExportFormat must be named there too. */
    @Test
    void exportHelpNamesEveryFormat() {
        String help = String.join(" ", NewsLensCommand.commandLine().getSubcommands().get("export")
                .getCommandSpec().findOption("--format").description());
        List<String> words = Arrays.asList(help.split("[^a-z]+"));
        for (ExportFormat format : ExportFormat.values()) {
            assertTrue(words.contains(format.id()), format.id() + " is not named in: " + help);
        }
    }
}

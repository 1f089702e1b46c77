package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.Main;
import org.newslens.app.AppHome;
import org.newslens.article.ArticleLoader;

/** Issue 9.5 and the small ones: an unusable data folder or store is exit 2 with one line, and nothing is moved. */
class DataFolderTest {
    @TempDir
    Path dir;

    private Path article() throws Exception {
        return Files.writeString(dir.resolve("a.txt"), "Ferry news\n\nFerries stay in port on Thursday. Case " + UUID.randomUUID() + ".");
    }

    @Test
    void aStoreThatCannotBeReadIsReportedAndLeftWhereItIs() throws Exception {
        Path article = article();
        Path annotations = Files.createDirectories(AppHome.fromEnvironment().root().resolve("annotations"));
        // as root no permission fails; a folder in the file's place cannot be read either, and is no corruption
        Path file = Files.createDirectory(annotations.resolve(new ArticleLoader().load(article).contentHash() + ".json"));
        try {
            CliRun run = CliRun.of("annotate", article.toString(), "list");
            assertEquals(2, run.exitCode(), run.out() + run.err());
            assertTrue(run.err().startsWith("newslens: cannot read " + file + ": "), run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(Files.isDirectory(file), "nothing moved");
            try (var aside = Files.list(annotations)) {
                assertTrue(aside.noneMatch(p -> p.getFileName().toString().startsWith(file.getFileName() + ".corrupt")));
            }
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aDataFolderThatIsAFileIsExitTwoWithOneLineForEveryCommand() throws Exception {
        Path article = article();
        Path notAFolder = Files.writeString(dir.resolve("home"), "not a folder");
        List<List<String>> commands = List.of(
                List.of("annotate", article.toString(), "list"),
                List.of("export", article.toString(), "--what", "highlights"),
                List.of("entities", article.toString()),
                List.of("search", article.toString(), "ferries"),
                List.of("graph", article.toString()));
        for (List<String> command : commands) {
            JavaProcess.Result r = JavaProcess.run(JavaProcess.builder(notAFolder, Main.class, command.toArray(String[]::new)), null);
            assertEquals(2, r.exitCode(), command + ": " + r.err());
            assertEquals("newslens: the data folder " + notAFolder + " (set NEWSLENS_HOME to use another) is not a folder",
                    r.err().strip(), command.toString());
        }
        assertEquals("not a folder", Files.readString(notAFolder));
    }

    @Test
    void aQueryStartingWithADashIsAcceptedAfterTwoDashes() throws Exception {
        Path article = article();
        CliRun withoutDashes = CliRun.of("search", article.toString(), "-ferries");
        assertEquals(2, withoutDashes.exitCode(), withoutDashes.err());
        CliRun run = CliRun.of("search", article.toString(), "--format", "text", "--", "-ferries port");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("0 hits in 0 articles\n"), run.out());
        String usage = NewsLensCommand.commandLine().getSubcommands().get("search").getUsageMessage();
        assertTrue(usage.replaceAll("\\s+", " ").contains("goes after '--'"), usage);
    }
}

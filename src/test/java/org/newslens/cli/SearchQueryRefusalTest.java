package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A query the parser or Lucene refuses is exit 2 with one line on stderr, never a crash (issue 9, item 12). */
class SearchQueryRefusalTest {
    @TempDir
    Path dir;

    @Test
    void refusedQueriesAreBadInputWithOneLine() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), "Rebels brutalised the valley.\n\nThe rebels then left the valley.");
        for (String query : new String[] {"/[/", "/a{1000000}/", "(".repeat(3000) + "valley" + ")".repeat(3000), "valley OR x ".repeat(2000)}) {
            CliRun run = CliRun.of("search", story.toString(), query);
            String shown = query.length() > 30 ? query.substring(0, 30) + "…" : query;
            assertEquals(2, run.exitCode(), shown + ": " + run.err());
            assertEquals(1, run.err().lines().count(), shown + ": " + run.err());
            assertTrue(run.err().startsWith("newslens: ") && !run.err().contains("unexpected error"), run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    void aQueryStartingWithADashSaysToPutDashesBeforeIt() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), "Rebels brutalised the valley.\n\nThe rebels then left the valley.");
        String[][] refused = {{"-rebels", "search", story.toString(), "-rebels"}, {"-x", "search", story.toString(), "-x", "valley"},
                {"-Rebels", "entity", "-Rebels", "--library"}};
        for (String[] dashedAndArgs : refused) {
            CliRun run = CliRun.of(java.util.Arrays.copyOfRange(dashedAndArgs, 1, dashedAndArgs.length));
            assertEquals(2, run.exitCode(), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().contains("put -- before a value that starts with '-'")
                    && run.err().contains("'" + dashedAndArgs[0] + "'"), run.err());
        }
        CliRun dashed = CliRun.of("search", story.toString(), "--", "valley -rebels");
        assertEquals(0, dashed.exitCode(), dashed.err());
        CliRun typo = CliRun.of("search", "--fromat", "text", story.toString(), "valley");
        assertTrue(typo.err().startsWith("newslens: ") && typo.err().contains("--fromat"), typo.err());
    }
}

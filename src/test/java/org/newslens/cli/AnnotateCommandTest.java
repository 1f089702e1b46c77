package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;

/** Uses NEWSLENS_HOME (target/test-home, set by surefire); each test writes an article of its own text. */
class AnnotateCommandTest {
    @TempDir
    Path dir;
    private Path article;
    private String text;
    private Article loaded;

    @BeforeEach
    void writeArticle() throws Exception {
        text = "Harbour news\n\nThe ferry to the island was cancelled again today.\n\nReference " + UUID.randomUUID() + ".";
        article = dir.resolve("harbour.txt");
        Files.writeString(article, text);
        loaded = new ArticleLoader().load(article);
        text = loaded.text();
    }

    private int at(String phrase) {
        return text.indexOf(phrase);
    }

    @Test
    void addThenListShowsTheHighlightAndWhereItIsStored() {
        int s = at("ferry");
        CliRun add = CliRun.of("annotate", article.toString(), "add", "--start", "" + s, "--end", "" + (s + 5),
                "--color", "green", "--note", "late <again>", "--tag", "transport", "--tag", "island");
        assertEquals(0, add.exitCode(), add.err());
        assertTrue(add.out().contains("“ferry”"), add.out());

        CliRun list = CliRun.of("annotate", article.toString(), "list");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().startsWith("Annotations stored in "), list.out());
        assertTrue(list.out().contains(Path.of("annotations").toString()), list.out());
        assertTrue(list.out().contains(s + ".." + (s + 5) + " ¶" + loaded.paragraphAt(s).number() + " green “ferry” note: late <again> tags: transport, island"), list.out());
    }

    @Test
    void aRangeOutsideTheTextIsBadInput() {
        CliRun run = CliRun.of("annotate", article.toString(), "add", "--start", "10", "--end", "100000");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("outside the text"), run.err());
        assertEquals(1, run.err().strip().lines().count());
    }

    @Test
    void anUnknownColourIsBadInput() {
        CliRun run = CliRun.of("annotate", article.toString(), "add", "--start", "0", "--end", "4", "--color", "orange");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown colour 'orange'"), run.err());
    }

    @Test
    void aMissingArticleIsBadInput() {
        CliRun run = CliRun.of("annotate", dir.resolve("nope.txt").toString(), "list");
        assertEquals(2, run.exitCode());
    }

    @Test
    void importingBadJsonIsBadInputAndChangesNothing() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ not json");
        CliRun run = CliRun.of("annotate", article.toString(), "import", bad.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("not valid JSON"), run.err());
        Files.writeString(bad, "{\"hello\": 1}");
        assertEquals(2, CliRun.of("annotate", article.toString(), "import", bad.toString()).exitCode());
        assertTrue(CliRun.of("annotate", article.toString(), "list").out().contains("(no annotations)"));
    }

    @Test
    void importsAWebAnnotation() throws IOException {
        Path json = dir.resolve("one.json");
        Files.writeString(json, """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427",
                 "type": "Annotation", "motivation": "commenting",
                 "body": {"type": "TextualBody", "value": "why?", "purpose": "commenting"},
                 "target": {"selector": {"type": "TextQuoteSelector", "exact": "cancelled again"}}}
                """);
        CliRun run = CliRun.of("annotate", article.toString(), "import", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("imported 1 annotation(s): 1 new"), run.out());
        String list = CliRun.of("annotate", article.toString(), "list").out();
        assertTrue(list.contains("yellow “cancelled again” note: why?"), list);
        assertFalse(list.contains("Orphans"));
    }
}

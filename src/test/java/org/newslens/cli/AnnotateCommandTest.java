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
        assertTrue(run.out().startsWith("imported 1 annotation(s) (1 new, 0 replaced): anchored exactly 1, fuzzily 0, orphaned 0,"
                + " notes on the article 0; skipped 0"), run.out());
        String list = CliRun.of("annotate", article.toString(), "list").out();
        assertTrue(list.contains("yellow “cancelled again” note: why?"), list);
        assertFalse(list.contains("Orphans"));
    }

    @Test
    void importReportsEveryAnnotationAndNeverAbortsTheFile() throws IOException {
        Path json = dir.resolve("mixed.json");
        Files.writeString(json, """
                [{"id": "urn:x:placed", "type": "Annotation", "bodyValue": "plain note",
                  "target": {"source": "http://example.org/a", "styleClass": "red",
                             "selector": {"type": "TextQuoteSelector", "exact": "ferry to the island"}}},
                 {"id": "urn:x:image", "type": "Annotation", "body": "http://example.org/b",
                  "target": {"source": "http://example.org/img", "selector": {"type": "SvgSelector", "value": "<svg/>"}}},
                 {"id": "urn:x:gone", "type": "Annotation",
                  "target": {"selector": [{"type": "TextQuoteSelector", "exact": "a sentence from another paper",
                                           "prefix": "somewhere else entirely ", "suffix": " and more"}]}},
                 {"id": "urn:x:page", "type": "Annotation", "body": {"type": "TextualBody", "value": "*whole* article", "format": "text/markdown"},
                  "target": "http://example.org/a"},
                 {"id": "urn:x:placed", "type": "Annotation", "target": "http://example.org/dup"}]
                """);
        CliRun run = CliRun.of("annotate", article.toString(), "import", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("imported 3 annotation(s) (3 new, 0 replaced): anchored exactly 1, fuzzily 0, orphaned 1,"
                + " notes on the article 1; skipped 2\n"), run.out());
        assertTrue(run.out().contains("skipped urn:x:image: it selects with SvgSelector, which has no place in an article's text"), run.out());
        assertTrue(run.out().contains("skipped urn:x:placed: the same id appears earlier in the file"), run.out());
        assertTrue(run.out().contains("orphaned urn:x:gone: “a sentence from another paper” is not in this text"), run.out());
        assertTrue(run.out().contains("warning: urn:x:placed: colour 'red' is not one of yellow"), run.out());
        String list = CliRun.of("annotate", article.toString(), "list").out();
        assertTrue(list.contains("yellow “ferry to the island” note: plain note"), list);
        assertTrue(list.contains("Notes on this article:\n  *whole* article  [urn:x:page]"), list);
        assertTrue(list.contains("Orphans"), list);
    }

    @Test
    void aFileOfWhichNothingCanBeImportedIsExit2WithTheReasons() throws IOException {
        Path json = dir.resolve("none.json");
        Files.writeString(json, """
                {"type": "AnnotationPage", "items": [
                  {"id": "urn:x:1", "type": "Annotation", "target": {"source": "x:y", "selector": {"type": "CssSelector", "value": "#a"}}},
                  {"id": "urn:x:2", "type": "Annotation", "target": {"source": "x:y", "selector": {"type": "TextPositionSelector", "start": 5, "end": 999999}}},
                  {"id": "urn:x:3", "type": "Annotation", "target": {"source": "x:y", "selector": {"type": "TextPositionSelector", "start": -4, "end": 1e300}}}]}
                """);
        CliRun run = CliRun.of("annotate", article.toString(), "import", json.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains("skipped 3"), run.out());
        assertTrue(run.out().contains("skipped urn:x:2: its offsets 5..999999 lie beyond the article's text"), run.out());
        assertTrue(run.out().contains("skipped urn:x:3: its TextPositionSelector has bad offsets"), run.out());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("nothing could be imported"), run.err());
    }
}

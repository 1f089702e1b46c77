package org.newslens.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.annotation.w3c.W3cSuite;
import org.newslens.app.Json;
import org.newslens.app.command.CommandHistory;
import org.newslens.article.Article;

/**
 * The 42 example annotations of the W3C Web Annotation Data Model, imported one by one and all together:
 * each imports (a passage, an orphan or a note on the article) or is reported with a one-line reason,
 * none aborts the file, and every one whose selectors reduce to a quote or offsets imports onto text.
 */
class SpecExamplesImportTest {
    private static final String RAW = "A long article\n\n" + ("The committee met on Tuesday to discuss the bridge. "
            + "Several residents spoke about the traffic and the noise. ").repeat(12)
            + "\n\nOne speaker called the town an nation of drivers.\n\nAn editor wrote the text before the Selected Text and text after it, to close.\n";

    @TempDir
    Path dir;

    private static JsonNode example(String name) {
        return W3cSuite.read("w3c-annotation-tests/spec-examples/" + name, SpecExamplesImportTest.class);
    }

    private static List<String> names() {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= 41; i++) {
            out.add("anno" + i + ".json");
        }
        out.add("collection1.json");
        return out;
    }

    @Test
    void eachExampleImportsOrIsReportedWithAReason() throws Exception {
        Article article = TestArticles.article(dir.resolve("a.txt"), RAW);
        Map<String, String> outcome = new TreeMap<>();
        int imported = 0;
        for (String name : names()) {
            AnnotationStore store = new AnnotationStorage(dir.resolve(name), new WebAnnotationCodec(Json.mapper()), Clock.systemUTC()).open(article);
            AnnotationReader.Result read = new AnnotationReader(article.text(), "file:///a.txt", Instant.now()).read(example(name));
            ImportReport report = new AnnotationEditor(store, new CommandHistory(), Clock.systemUTC()).importRead(read);
            assertTrue(report.importedAny() || !report.skipped().isEmpty(), name + " neither imported nor reported");
            report.skipped().forEach(s -> assertFalse(s.reason().isBlank() || s.reason().contains("\n"), name + ": " + s));
            if (report.importedAny()) {
                imported++;
            }
            outcome.put(name, report.importedAny()
                    ? "placed " + store.annotations().size() + ", orphans " + store.orphans().size() + ", notes " + store.articleNotes().size()
                    : "skipped: " + report.skipped().get(0).reason());
        }
        outcome.forEach((k, v) -> System.out.println(k + " → " + v));
        System.out.println("spec examples imported: " + imported + " of " + names().size());
        // every example whose selectors reduce to text imports onto text
        assertEquals("placed 0, orphans 1, notes 0", outcome.get("anno26.json"),
                "its quote 'anotation' comes from another document: kept as an orphan, never put on 'an nation'");
        assertEquals("placed 1, orphans 0, notes 0", outcome.get("anno27.json"), "TextPositionSelector alone, valid offsets");
        assertEquals("placed 1, orphans 0, notes 0", outcome.get("anno32.json"), "TextQuoteSelector refining a fragment");
        // no selector: a note on the article, never an error
        assertEquals("placed 0, orphans 0, notes 1", outcome.get("anno1.json"));
        assertEquals("placed 0, orphans 0, notes 1", outcome.get("anno38.json"), "unknown colour 'red' does not abort");
        assertTrue(outcome.get("anno29.json").startsWith("skipped: it selects with SvgSelector"), outcome.get("anno29.json"));
        assertTrue(outcome.get("anno41.json").startsWith("skipped: its offsets count from inside a FragmentSelector"), outcome.get("anno41.json"));
    }

    @Test
    void allExamplesInOneFileNeverAbortIt() throws Exception {
        Article article = TestArticles.article(dir.resolve("a.txt"), RAW);
        var all = Json.mapper().createArrayNode();
        names().stream().filter(n -> n.startsWith("anno")).forEach(n -> all.add(example(n)));
        AnnotationReader.Result read = new AnnotationReader(article.text(), "file:///a.txt", Instant.now()).read(all);
        assertEquals(41, read.annotations().stream().map(a -> a.id().replaceFirst("#target-\\d+$", "")).distinct().count()
                + read.skipped().stream().map(AnnotationReader.Skipped::id).distinct().count());
        assertTrue(read.warnings().stream().anyMatch(w -> w.contains("'red'") && w.contains("yellow used")), read.warnings().toString());
    }
}

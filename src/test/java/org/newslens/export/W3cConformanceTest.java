package org.newslens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.annotation.Annotation;
import org.newslens.annotation.AnnotationEditor;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.AnnotationStore;
import org.newslens.annotation.HighlightColour;
import org.newslens.annotation.TextPositionSelector;
import org.newslens.annotation.TextQuoteSelector;
import org.newslens.annotation.UserProfile;
import org.newslens.annotation.WebAnnotationCodec;
import org.newslens.annotation.w3c.W3cSuite;
import org.newslens.app.Json;
import org.newslens.app.command.CommandHistory;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.article.TextRange;
import org.newslens.nlp.EntityAnalysis;

/**
 * Runs the W3C Web Annotation test suite's assertion lists over what NewsLens really writes: the stored
 * annotation file and the JSON exports (highlights, an empty choice, orphans, query passages). Every MUST
 * of annotationMusts, collectionMusts and pageMusts must pass on every document, and the SHOULDs that
 * apply to a reader's highlights too.
 */
class W3cConformanceTest {
    private static final String RAW = """
            Harbour reopens

            The port of Vellmar reopened on Friday after the spring floods. Harbour master Iris Kade said ships \
            could dock again. Trade had stopped for a month.

            Kade thanked the volunteers. Traders in Vellmar, however, want compensation.
            """;
    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    /** SHOULDs every NewsLens annotation with a note must meet (creator, created, motivation, body format and language). */
    static final List<String> APPLICABLE_SHOULDS = List.of(
            "annotations/3.3.1-annotationSingleCreatorImplemented.json",
            "annotations/3.3.1-annotationCreatedImplemented.json",
            "annotations/3.3.1-annotationModifiedImplemented.json",
            "annotations/3.3.5-annotationSingleMotivationImplemented.json",
            "annotations/3.3.5-annotationMotivationImplemented.json",
            "annotations/4.4-annotationStylesheetImplemented.json",
            "annotations/3.1-bodyKeyFound.json",
            "annotations/bodiesTargets/3.2.1-bodySingleFormat.json",
            "annotations/bodiesTargets/3.2.1-bodySingleLanguage.json",
            "annotations/bodiesTargets/3.2.1-bodyFormat.json",
            "annotations/bodiesTargets/3.2.1-bodyLanguage.json",
            "annotations/bodiesTargets/3.2.4-bodyETBTypeTextualBody.json",
            "annotations/bodiesTargets/3.3.5-bodyPurpose.json",
            "annotations/specificResource/4.2.4-prefix.json",
            "annotations/specificResource/4.2.4-suffix.json",
            "annotations/specificResource/4.4-styleClass.json",
            "annotations/3.3.2-annotationCreatorAgentTypeImplemented.json",
            "annotations/3.3.2-annotationCreatorAgentSingleNameImplemented.json");

    @TempDir
    Path dir;
    private final W3cSuite suite = new W3cSuite();
    private final WebAnnotationCodec codec = new WebAnnotationCodec(Json.mapper(), new UserProfile("Ada Reader", "en"));
    private Article article;
    private AnnotationStore store;

    @BeforeEach
    void setUp() throws Exception {
        Path file = dir.resolve("port.txt");
        Files.writeString(file, RAW);
        article = new ArticleLoader().load(file);
        store = new AnnotationStorage(dir.resolve("annotations"), codec, Clock.systemUTC()).open(article);
        AnnotationEditor editor = new AnnotationEditor(store, new CommandHistory(), Clock.systemUTC());
        int s = article.text().indexOf("ships could dock again");
        editor.highlight(s, s + "ships could dock again".length(), HighlightColour.GREEN, "A note <b>with</b> markup", List.of("shipping", "good news"));
        s = article.text().indexOf("want compensation");
        editor.highlight(s, s + "want compensation".length(), HighlightColour.PINK, "", List.of());
        store.importAnnotations(List.of(new Annotation("urn:uuid:00000000-0000-0000-0000-000000000001", NOW, NOW, "old",
                List.of(), HighlightColour.BLUE, null, new TextPositionSelector(3, 9),
                new TextQuoteSelector("a sentence long gone", "", "")),
                Annotation.articleNote("https://hypothes.is/a/page1", NOW, NOW, "On the **whole** story", "text/markdown",
                        List.of("follow-up"), List.of("https://example.org/more"), null, "Kim Lee", null),
                Annotation.articleNote("https://hypothes.is/a/reply1", NOW, NOW, "Agreed", null, List.of(), List.of(), null, "Sam",
                        "https://hypothes.is/a/page1")));
    }


    private JsonNode export(ExportSelection selection) throws Exception {
        ExportDocument doc = new PassageFinder((a, e, q) -> List.of(new TextRange(4, 8)))
                .find(article, store.annotations(), store.orphans(), store.articleNotes(), EntityAnalysis.empty(), selection, NOW);
        return Json.mapper().readTree(new Exporters(codec).export(doc, ExportFormat.JSON).content());
    }

    /** Every document NewsLens writes as W3C JSON, by name. */
    private Map<String, JsonNode> documents() throws Exception {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put("stored file", Json.mapper().readTree(store.file().toFile()));
        out.put("export of all highlights", export(ExportSelection.highlights()));
        out.put("export of a search's passages", export(ExportSelection.query("port")));
        out.put("empty export", export(ExportSelection.tag("nothing")));
        return out;
    }

    private static List<JsonNode> items(JsonNode collection) {
        List<JsonNode> out = new ArrayList<>();
        collection.path("first").path("items").forEach(out::add);
        return out;
    }

    @Test
    void everyMustPassesOnEveryDocument() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        int passed = 0;
        for (Map.Entry<String, JsonNode> e : documents().entrySet()) {
            JsonNode root = e.getValue();
            List<W3cSuite.Outcome> outcomes = new ArrayList<>(suite.run("collections/collectionMusts.test", root));
            assertTrue(e.getKey().equals("empty export") || e.getKey().contains("search") || root.toString().contains("\"replying\""),
                    e.getKey() + " holds the notes on the article");
            if (root.has("first")) {
                outcomes.addAll(suite.run("collections/pages/pageMusts.test", root));
            }
            for (JsonNode item : items(root)) {
                outcomes.addAll(suite.run("annotations/annotationMusts.test", item));
            }
            for (W3cSuite.Outcome o : outcomes) {
                checked++;
                if (o.passed()) {
                    passed++;
                } else {
                    failures.add(e.getKey() + ": " + o.assertion() + " — " + o.message());
                }
            }
        }
        System.out.println("W3C MUST assertions passed: " + passed + " of " + checked);
        assertTrue(checked > 200, "the suite ran: " + checked);
        assertEquals(List.of(), failures);
    }

    @Test
    void applicableShouldsPassOnEveryAnnotationWithANote() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : documents().entrySet()) {
            for (JsonNode item : items(e.getValue())) {
                boolean hasNote = item.toString().contains("\"commenting\"");
                for (String should : APPLICABLE_SHOULDS) {
                    if (!hasNote && should.contains("body")) {
                        continue; // a bare highlight has no body, by design
                    }
                    if (item.path("id").asText().endsWith("0001") && should.contains("Creator")) {
                        continue; // imported without a creator: NewsLens does not invent one
                    }
                    if (!item.path("target").has("selector") && should.contains("specificResource/")) {
                        continue; // a note on the whole article has no selector
                    }
                    if (!item.path("target").has("styleClass") && should.contains("tyle")) {
                        continue; // search passages carry no colour
                    }
                    W3cSuite.Outcome o = suite.check(should, item);
                    if (!o.passed()) {
                        failures.add(e.getKey() + " " + item.path("id").asText() + ": " + should + " — " + o.message());
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void bareHighlightHasNoEmptyBodyAndEmptyExportNoEmptyPage() throws Exception {
        JsonNode bare = items(export(ExportSelection.colour(HighlightColour.PINK))).get(0);
        assertFalse(bare.has("body"), bare.toString());
        JsonNode empty = export(ExportSelection.tag("nothing"));
        assertEquals(0, empty.path("total").asInt(-1));
        assertFalse(empty.has("first"), "an empty collection has no page: " + empty);
    }

    @Test
    void suiteCatchesWhatTheSpecForbids() {
        JsonNode bad = Json.mapper().createObjectNode().put("id", "not a uri at all").put("type", "Annotation");
        assertTrue(suite.run("annotations/annotationMusts.test", bad).stream().anyMatch(o -> !o.passed()),
                "an annotation without @context and target fails");
    }
}

package org.newslens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.annotation.Annotation;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.AnnotationStore;
import org.newslens.annotation.HighlightColour;
import org.newslens.annotation.TextPositionSelector;
import org.newslens.annotation.TextQuoteSelector;
import org.newslens.annotation.WebAnnotationCodec;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.article.TextRange;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;

/** Exports of an article written for the test, with invented highlights and entities. */
class ExportTest {
    private static final String RAW = """
            River port reopens

            The port of Vellmar reopened on Friday after the spring floods. Harbour master Iris Kade said ships \
            could dock again. Trade had stopped for a month.

            Kade thanked the volunteers. Traders in Vellmar, however, want compensation.
            """;
    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private static final String NASTY = "<script>alert(\"x\")</script> & 'quoted', \"doubled\"\nsecond line";

    @TempDir
    Path dir;
    private Article article;
    private AnnotationStore store;
    private EntityAnalysis entities;
    private final WebAnnotationCodec codec = new WebAnnotationCodec(Json.mapper());
    private final Exporters exporters = new Exporters(codec);

    @BeforeEach
    void setUp() throws Exception {
        Path file = dir.resolve("port.txt");
        Files.writeString(file, RAW);
        article = new ArticleLoader().load(file);
        store = new AnnotationStorage(dir.resolve("annotations"), codec, Clock.systemUTC()).open(article);
        store.add(highlight("ships could dock again", HighlightColour.GREEN, NASTY, List.of("shipping", "good <news>")));
        store.add(highlight("want compensation", HighlightColour.PINK, "", List.of("money")));
        entities = new EntityAnalysis(List.of(
                mention("Vellmar", 0, EntityLabel.PLACE, "v"),
                mention("Iris Kade", 0, EntityLabel.PERSON, "k"),
                mention("Kade", 1, EntityLabel.PERSON, "k"),
                mention("Vellmar", 1, EntityLabel.PLACE, "v")),
                List.of(new Entity("v", "Vellmar", EntityLabel.PLACE, List.of(), 2),
                        new Entity("k", "Iris Kade", EntityLabel.PERSON, List.of("Kade"), 2)));
    }

    private Mention mention(String s, int nth, EntityLabel label, String id) {
        int i = -1;
        for (int k = 0; k <= nth; k++) {
            i = article.text().indexOf(s, i + 1);
        }
        return new Mention(i, i + s.length(), s, label, id, null);
    }

    private Annotation highlight(String phrase, HighlightColour colour, String note, List<String> tags) {
        int s = article.text().indexOf(phrase);
        return Annotation.create(article.text(), article.source().toUri().toString(), s, s + phrase.length(), colour, note, tags, NOW);
    }

    private ExportDocument doc(ExportSelection selection) throws QueryHits.BadQueryException {
        return new PassageFinder(new IndexQueryHits()).find(article, store.annotations(), store.orphans(), entities, selection, NOW);
    }

    @Test
    void markdownHasAHeaderAndAQuoteBlockPerPassage() throws Exception {
        ExportResult md = exporters.export(doc(ExportSelection.highlights()), ExportFormat.MD);
        String out = md.content();
        assertTrue(out.startsWith("---\ntitle: \"River port reopens\"\n"), out);
        assertTrue(out.contains("\n---\n\n# River port reopens\n"), out);
        assertTrue(out.contains("- Source: " + article.source()), out);
        assertTrue(out.contains("- Exported: 2026-11-26 02:00 UTC"), out);
        int para = article.paragraphAt(article.text().indexOf("ships could")).number();
        assertTrue(out.contains("## ¶" + para + " · green\n\n> ships could dock again\n"), out);
        assertTrue(out.contains("Tags: #shipping #[[good \\<news\\>]]"), out);
        assertTrue(out.contains("Note: \\<script\\>alert(\"x\")\\</script\\> \\& 'quoted', \"doubled\"\n    second line"), out);
        assertTrue(out.indexOf("ships could dock") < out.indexOf("want compensation"), "reading order");
        assertEquals(1, md.warnings().size(), "ids and times are named as left out");
    }

    @Test
    void htmlEscapesEveryUserString() throws Exception {
        String html = exporters.export(doc(ExportSelection.highlights()), ExportFormat.HTML).content();
        assertFalse(html.contains("<script>"), "no raw markup from a note");
        assertFalse(html.contains("good <news>"));
        assertTrue(html.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'quoted'"), html);
        assertTrue(html.contains("good &lt;news&gt;"));
        assertTrue(html.contains("<style>") && !html.contains("<link") && !html.contains("src="), "self-contained");
        org.jsoup.nodes.Document read = org.jsoup.Jsoup.parse(html);
        assertTrue(read.select("script").isEmpty());
        assertTrue(read.select("p.note").text().startsWith("<script>alert(\"x\")</script> & 'quoted'"), read.select("p.note").text());
        assertTrue(read.select("span.tag").eachText().contains("good <news>"), read.select("span.tag").eachText().toString());
        assertEquals(read.select("main > section.passage").size(), doc(ExportSelection.highlights()).passages().size());
    }

    @Test
    void csvParsesBackToTheSamePassages() throws Exception {
        ExportDocument doc = doc(ExportSelection.highlights());
        List<List<String>> rows = Rfc4180Reader.parse(exporters.export(doc, ExportFormat.CSV).content());
        assertEquals(CsvExporter.HEADER, rows.get(0));
        assertEquals(3, rows.size());
        Annotation first = store.annotations().get(0);
        assertEquals(List.of(Integer.toString(first.start()), Integer.toString(first.end()),
                Integer.toString(article.paragraphAt(first.start()).number()), "ships could dock again", NASTY,
                "shipping; good <news>", "green", "Vellmar (PLACE)").subList(0, 7), rows.get(1).subList(0, 7));
        assertEquals("money", rows.get(2).get(5));
    }

    @Test
    void jsonExportImportsBackToTheSameAnnotations() throws Exception {
        ExportResult json = exporters.export(doc(ExportSelection.highlights()), ExportFormat.JSON);
        var root = Json.mapper().readTree(json.content());
        assertEquals(WebAnnotationCodec.CONTEXT, root.path("@context").asText());
        assertEquals("AnnotationCollection", root.path("type").asText());

        AnnotationStore other = new AnnotationStorage(dir.resolve("elsewhere"), codec, Clock.systemUTC()).open(article);
        other.importAnnotations(codec.readAnnotations(root, Instant.now()));
        assertEquals(store.annotations(), other.annotations());
        assertTrue(json.warnings().isEmpty(), "highlights without entities lose nothing: " + json.warnings());
        ExportResult entityJson = exporters.export(doc(ExportSelection.entity("Kade")), ExportFormat.JSON);
        assertTrue(entityJson.warnings().get(0).contains("no place for the entities"), entityJson.warnings().toString());
    }

    @Test
    void highlightsOfAColourOrTag() throws Exception {
        assertEquals(List.of("want compensation"),
                doc(ExportSelection.colour(HighlightColour.PINK)).passages().stream().map(Passage::text).toList());
        assertEquals(List.of("ships could dock again"),
                doc(ExportSelection.parse("tag:Shipping")).passages().stream().map(Passage::text).toList());
        assertTrue(doc(ExportSelection.parse("tag:nothing")).passages().isEmpty());
    }

    @Test
    void entityPassagesAreTheSentencesMentioningItMergedWhenAdjacent() throws Exception {
        List<Passage> kade = doc(ExportSelection.entity("kade")).passages();
        String md = exporters.export(doc(ExportSelection.entity("kade")), ExportFormat.MD).content();
        assertTrue(md.contains("> Harbour master Iris Kade said ships could dock again.\n\nEntities: Iris Kade (PERSON)\n"), md);
        assertTrue(md.contains("- Passages: passages mentioning kade (2)"), md);
        assertEquals(List.of("Harbour master Iris Kade said ships could dock again.", "Kade thanked the volunteers."),
                kade.stream().map(Passage::text).toList());
        List<Passage> vellmar = doc(ExportSelection.entity("Vellmar")).passages();
        assertEquals("The port of Vellmar reopened on Friday after the spring floods.", vellmar.get(0).text());
        assertEquals("Traders in Vellmar, however, want compensation.", vellmar.get(1).text());
        assertThrows(IllegalArgumentException.class, () -> doc(ExportSelection.entity("Atlantis")));
    }

    @Test
    void adjacentSentencesMerge() throws Exception {
        List<Passage> p = doc(ExportSelection.query("person:\"Iris Kade\"")).passages();
        assertEquals(List.of("Harbour master Iris Kade said ships could dock again.", "Kade thanked the volunteers."),
                p.stream().map(Passage::text).toList(), "entity-field query, every alias");
        assertThrows(QueryHits.BadQueryException.class, () -> doc(ExportSelection.query("(unclosed")));
        List<Passage> both = new PassageFinder((a, e, q) -> List.of(
                new TextRange(article.text().indexOf("ships"), article.text().indexOf("ships") + 5),
                new TextRange(article.text().indexOf("month"), article.text().indexOf("month") + 5)))
                .find(article, List.of(), List.of(), entities, ExportSelection.query("x"), NOW).passages();
        assertEquals(List.of("Harbour master Iris Kade said ships could dock again. Trade had stopped for a month."),
                both.stream().map(Passage::text).toList());
    }

    @Test
    void orphansAreNeverSilentlyDropped() throws Exception {
        Annotation lost = new Annotation("urn:uuid:00000000-0000-0000-0000-000000000001", NOW, NOW, "old note", List.of(),
                HighlightColour.BLUE, null, new TextPositionSelector(3, 9), new TextQuoteSelector("a sentence long gone", "", ""));
        store.importAnnotations(List.of(lost));
        ExportDocument doc = doc(ExportSelection.highlights());
        assertEquals(1, doc.orphans().size());
        ExportResult csv = exporters.export(doc, ExportFormat.CSV);
        assertTrue(csv.warnings().stream().anyMatch(w -> w.startsWith("CSV has no place for 1 highlight(s) no longer found")), csv.warnings().toString());
        assertTrue(exporters.export(doc, ExportFormat.MD).content().contains("> a sentence long gone"));
        assertTrue(exporters.export(doc, ExportFormat.HTML).content().contains("a sentence long gone"));
        assertTrue(exporters.export(doc, ExportFormat.JSON).content().contains("a sentence long gone"));
    }

    @Test
    void entityListsAsCsvAndJson() throws Exception {
        ExportDocument doc = doc(ExportSelection.entityList());
        List<List<String>> rows = Rfc4180Reader.parse(exporters.export(doc, ExportFormat.CSV).content());
        assertEquals(List.of("Iris Kade", "PERSON", "2", "Kade", "k"), rows.get(2));
        var json = Json.mapper().readTree(exporters.export(doc, ExportFormat.JSON).content());
        assertEquals("Vellmar", json.path("entities").get(0).path("name").asText());
        assertThrows(IllegalArgumentException.class, () -> exporters.export(doc, ExportFormat.MD));
    }

    @Test
    void theRfcReaderRejectsWhatIsNotCsv() {
        assertThrows(IllegalArgumentException.class, () -> Rfc4180Reader.parse("a,\"b\nc"));
        assertEquals(List.of(List.of("a", "b,c", "d\"e")), Rfc4180Reader.parse("a,\"b,c\",\"d\"\"e\"\r\n"));
    }
}

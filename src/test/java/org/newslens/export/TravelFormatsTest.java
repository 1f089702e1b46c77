package org.newslens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.annotation.Annotation;
import org.newslens.annotation.AnnotationEditor;
import org.newslens.annotation.AnnotationReader;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.AnnotationStore;
import org.newslens.annotation.HighlightColour;
import org.newslens.annotation.ImportReport;
import org.newslens.annotation.UserProfile;
import org.newslens.annotation.WebAnnotationCodec;
import org.newslens.app.Json;
import org.newslens.app.command.CommandHistory;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.nlp.EntityAnalysis;

/** Hypothesis both ways, Markdown for notes tools, Readwise CSV, and no injection through any of them. */
class TravelFormatsTest {
    private static final String RAW = """
            River port reopens

            The port of Vellmar reopened on Friday after the spring floods. Harbour master Iris Kade said ships \
            could dock again. Trade had stopped for a month.

            Kade thanked the volunteers. Traders in Vellmar, however, want compensation.
            """;
    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    @TempDir
    Path dir;
    private Article article;
    private final WebAnnotationCodec codec = new WebAnnotationCodec(Json.mapper(), new UserProfile("Ada Reader", "en"));
    private final Exporters exporters = new Exporters(codec);

    @BeforeEach
    void setUp() throws Exception {
        Path file = dir.resolve("port.txt");
        Files.writeString(file, RAW);
        article = new ArticleLoader().load(file);
    }

    private AnnotationStore store(String name) throws Exception {
        return new AnnotationStorage(dir.resolve(name), codec, Clock.systemUTC()).open(article);
    }

    private ImportReport importJson(AnnotationStore store, String json) throws Exception {
        JsonNode root = AnnotationReader.parse(Json.mapper(), new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        AnnotationReader.Result read = new AnnotationReader(article.text(), "file:///port.txt", NOW).read(root);
        return new AnnotationEditor(store, new CommandHistory(), Clock.systemUTC()).importRead(read);
    }

    private String export(AnnotationStore store, ExportSelection selection, ExportFormat format) throws Exception {
        ExportDocument doc = new PassageFinder(new IndexQueryHits()).find(article, store.annotations(), store.orphans(),
                store.articleNotes(), EntityAnalysis.empty(), selection, NOW);
        return exporters.export(doc, format).content();
    }

    /** A file of the shape Hypothesis's client writes (export_date, annotations with text, tags, target selectors, references). */
    private String hypothesisClientExport() {
        int s = article.text().indexOf("ships could dock again");
        return """
                {"export_date": "2026-11-20T10:00:00.000Z", "export_userid": "acct:kim@hypothes.is", "client_version": "1.1500.0",
                 "annotations": [
                  {"id": "Qa1", "created": "2026-11-19T09:00:00.000000+00:00", "updated": "2026-11-19T09:05:00.000000+00:00",
                   "user": "acct:kim@hypothes.is", "user_info": {"display_name": "Kim Lee"}, "uri": "https://example.org/port",
                   "text": "Good **news** for traders", "tags": ["shipping", "good news"], "group": "__world__",
                   "target": [{"source": "https://example.org/port", "selector": [
                     {"type": "RangeSelector", "startContainer": "/main[1]/p[2]", "startOffset": 70, "endContainer": "/main[1]/p[2]", "endOffset": 92},
                     {"type": "TextPositionSelector", "start": %d, "end": %d},
                     {"type": "TextQuoteSelector", "exact": "ships could dock again", "prefix": "Harbour master Iris Kade said ", "suffix": ". Trade had"}]}],
                   "document": {"title": ["River port reopens"]}, "links": {"html": "https://hypothes.is/a/Qa1"}},
                  {"id": "Qa2", "created": "2026-11-19T09:10:00Z", "updated": "2026-11-19T09:10:00Z", "user": "acct:sam@hypothes.is",
                   "uri": "https://example.org/port", "text": "Agreed, see https://example.org/harbour", "tags": [], "references": ["Qa1"],
                   "target": [{"source": "https://example.org/port"}]},
                  {"id": "Qa3", "created": "2026-11-19T09:20:00Z", "updated": "2026-11-19T09:20:00Z", "user": "acct:kim@hypothes.is",
                   "uri": "https://example.org/port", "text": "A page note on the whole story", "tags": ["follow-up"],
                   "target": [{"source": "https://example.org/port"}]}
                 ]}
                """.formatted(s, s + "ships could dock again".length());
    }

    @Test
    void hypothesisClientExportImportsWithTextTagsQuotesPageNotesAndReplies() throws Exception {
        AnnotationStore store = store("a");
        ImportReport report = importJson(store, hypothesisClientExport());
        assertTrue(report.summary().startsWith("imported 3 annotation(s) (3 new, 0 replaced): anchored exactly 1, fuzzily 0, orphaned 0,"
                + " notes on the article 2; skipped 0"), report.summary());
        Annotation highlight = store.annotations().get(0);
        assertEquals("ships could dock again", highlight.exact());
        assertEquals("Good **news** for traders", highlight.note());
        assertEquals("text/markdown", highlight.noteFormat());
        assertEquals(List.of("shipping", "good news"), highlight.tags());
        assertEquals("Kim Lee", highlight.creator());
        Annotation reply = store.articleNotes().stream().filter(n -> n.inReplyTo() != null).findFirst().orElseThrow();
        assertEquals(highlight.id(), reply.inReplyTo(), "the reply is threaded under its parent");
        assertEquals("sam", reply.creator());
        assertTrue(store.articleNotes().stream().anyMatch(n -> n.note().equals("A page note on the whole story") && n.tags().equals(List.of("follow-up"))));
    }

    @Test
    void hypothesisExportRoundTripsTextTagsQuotesAndColours() throws Exception {
        AnnotationStore mine = store("mine");
        AnnotationEditor editor = new AnnotationEditor(mine, new CommandHistory(), Clock.systemUTC());
        int s = article.text().indexOf("want compensation");
        editor.highlight(s, s + 17, HighlightColour.PINK, "Who pays?", List.of("money", "city council"));
        importJson(mine, hypothesisClientExport());
        String hypothesis = export(mine, ExportSelection.highlights(), ExportFormat.HYPOTHESIS);
        JsonNode root = Json.mapper().readTree(hypothesis);
        assertTrue(root.has("export_date") && root.path("annotations").isArray(), hypothesis);
        JsonNode first = root.path("annotations").get(0);
        assertTrue(first.path("target").get(0).path("selector").toString().contains("TextQuoteSelector"), first.toString());

        AnnotationStore theirs = store("theirs");
        ImportReport back = importJson(theirs, hypothesis);
        assertEquals(0, back.skipped().size(), back.lines().toString());
        assertEquals(mine.annotations().stream().map(a -> List.of(a.exact(), a.note(), a.tags(), a.colour())).toList(),
                theirs.annotations().stream().map(a -> List.of(a.exact(), a.note(), a.tags(), a.colour())).toList());
        assertEquals(mine.articleNotes().stream().map(a -> List.of(a.note(), a.tags(), String.valueOf(a.inReplyTo()))).toList(),
                theirs.articleNotes().stream().map(a -> List.of(a.note(), a.tags(), String.valueOf(a.inReplyTo()))).toList());
    }

    @Test
    void everyExportCarriesTheNotesOnTheArticle() throws Exception {
        AnnotationStore store = store("notes");
        importJson(store, hypothesisClientExport());
        for (ExportFormat f : ExportFormat.formatsFor(ExportSelection.Kind.HIGHLIGHTS)) {
            assertTrue(export(store, ExportSelection.highlights(), f).contains("A page note on the whole story"), f.id());
        }
        assertTrue(export(store, ExportSelection.highlights(), ExportFormat.MD).contains("\n## Notes on this article\n"));
    }

    @Test
    void markdownHasFrontMatterAndAStableLinkBackPerHighlight() throws Exception {
        AnnotationStore store = store("md");
        int s = article.text().indexOf("want compensation");
        new AnnotationEditor(store, new CommandHistory(), Clock.systemUTC()).highlight(s, s + 17, HighlightColour.PINK, "", List.of("money"));
        String md = export(store, ExportSelection.highlights(), ExportFormat.MD);
        assertTrue(md.startsWith("---\ntitle: \"River port reopens\"\n"), md);
        assertTrue(md.contains("\ntags: [\"money\"]\n---\n"), md);
        String link = "newslens://open?file=" + java.net.URLEncoder.encode(article.source().toAbsolutePath().normalize().toString(),
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20") + "&start=" + s + "&end=" + (s + 17);
        assertTrue(md.contains("[Open in NewsLens](" + link + ")"), md);
    }

    @Test
    void markdownNeverLetsAUserStringBecomeMarkupHtmlHeadingsOrLiveLinks() throws Exception {
        AnnotationStore store = store("evil");
        AnnotationEditor editor = new AnnotationEditor(store, new CommandHistory(), Clock.systemUTC());
        int s = article.text().indexOf("Trade had stopped");
        editor.highlight(s, s + 17, HighlightColour.BLUE, "before\r\r# injected heading\n[x](javascript:alert(1)) ![i](http://e/x.png)",
                List.of("\"><img src=x onerror=alert(1)>", "line\nbreak\r# tag"));
        importJson(store, """
                {"id": "urn:x:link", "type": "Annotation", "body": ["javascript:alert(2)", "https://example.org/ok"], "target": "urn:x"}""");
        String md = export(store, ExportSelection.highlights(), ExportFormat.MD);
        assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)<img").matcher(md).find(), "an unescaped tag: " + md);
        assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)\\]\\(javascript:").matcher(md).find(), "a live javascript: link: " + md);
        assertFalse(md.contains("[x]("), md);
        assertFalse(md.contains("![i]"), md);
        for (String line : md.split("\n")) {
            assertFalse(line.startsWith("#") && !line.startsWith("# River") && !line.startsWith("## ") && !line.startsWith("### "), line);
            assertFalse(line.contains("injected heading") && line.stripLeading().startsWith("#"), line);
        }
        assertTrue(md.contains("[https://example.org/ok](<https://example.org/ok>)"), md);
        assertTrue(md.contains("Link: javascript:alert(2)") || md.contains("Link: javascript:alert\\(2\\)"), md);
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreNeutralised() throws Exception {
        AnnotationStore store = store("csv");
        int s = article.text().indexOf("Trade had stopped");
        new AnnotationEditor(store, new CommandHistory(), Clock.systemUTC()).highlight(s, s + 17, HighlightColour.BLUE,
                "=cmd|' /C calc'!A0", List.of("+SUM(A1)", "@x", "-2+3"));
        for (ExportFormat f : List.of(ExportFormat.CSV, ExportFormat.READWISE)) {
            List<List<String>> rows = Rfc4180Reader.parse(export(store, ExportSelection.highlights(), f));
            for (List<String> row : rows) {
                for (String cell : row) {
                    assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, f.id() + ": " + cell);
                }
            }
        }
        List<List<String>> rows = Rfc4180Reader.parse(export(store, ExportSelection.highlights(), ExportFormat.CSV));
        assertEquals("'=cmd|' /C calc'!A0", rows.get(1).get(4));
        assertEquals("'+SUM(A1); @x; -2+3", rows.get(1).get(5));
    }

    @Test
    void readwiseCsvHasItsColumnsAndInlineTags() throws Exception {
        AnnotationStore store = store("rw");
        int s = article.text().indexOf("want compensation");
        new AnnotationEditor(store, new CommandHistory(), Clock.systemUTC()).highlight(s, s + 17, HighlightColour.PINK,
                "Who pays?", List.of("money", "city council"));
        List<List<String>> rows = Rfc4180Reader.parse(export(store, ExportSelection.highlights(), ExportFormat.READWISE));
        assertEquals(List.of("Highlight", "Title", "Author", "URL", "Note", "Location", "Date"), rows.get(0));
        assertEquals("want compensation", rows.get(1).get(0));
        assertEquals("River port reopens", rows.get(1).get(1));
        assertTrue(rows.get(1).get(3).startsWith("file:"), rows.get(1).get(3));
        assertEquals(".money .city-council Who pays?", rows.get(1).get(4));
        assertEquals(Integer.toString(s), rows.get(1).get(5));
        assertTrue(rows.get(1).get(6).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"), rows.get(1).get(6));
    }
}

package org.newslens.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.nlp.EntityLabel;

class AnnotationStoreTest {
    private static final String RAW = "Floods in the valley\n\nHeavy rain closed the northern road on Monday. "
            + "The mayor said repairs would take weeks.\n\nShops in the market square stayed open despite the water.";

    @TempDir
    Path home;
    @TempDir
    Path articles;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T01:00:00Z"), ZoneOffset.UTC);

    private AnnotationStorage storage() {
        return new AnnotationStorage(home.resolve("annotations"), new WebAnnotationCodec(Json.mapper()), clock);
    }

    private Article write(String raw) throws IOException {
        Path file = articles.resolve("floods.txt");
        Files.writeString(file, raw);
        return TestArticles.article(file, raw);
    }

    private static int at(Article a, String phrase) {
        return a.text().indexOf(phrase);
    }

    private static Annotation highlight(Article article, String phrase, HighlightColour colour, String note, List<String> tags) {
        int s = at(article, phrase);
        return Annotation.create(article.text(), article.source().toString(), s, s + phrase.length(), colour, note, tags,
                Instant.parse("2026-11-26T00:30:00Z"));
    }

    @Test
    void annotationsSurviveARestart() throws IOException {
        Article article = write(RAW);
        AnnotationStore store = storage().open(article);
        Annotation a = highlight(article, "repairs would take weeks", HighlightColour.GREEN, "ask the mayor: <how long?>", List.of("roads", "council"));
        Annotation b = highlight(article, "Heavy rain", HighlightColour.PINK, "", List.of());
        store.add(a);
        store.add(b);
        store.addCorrection(EntityCorrection.mark(at(article, "Monday"), at(article, "Monday") + 6, "Monday", EntityLabel.DATE, EntityCorrection.Scope.THIS));

        AnnotationStore reopened = storage().open(article);
        assertEquals(List.of(b, a), reopened.annotations(), "same annotations, in reading order");
        assertEquals(store.corrections(), reopened.corrections());
        assertTrue(reopened.notices().isEmpty());
        assertEquals(home.resolve("annotations").resolve(article.contentHash() + ".json"), reopened.file());
        assertTrue(Files.readString(reopened.file()).contains("\"TextQuoteSelector\""));
    }

    @Test
    void theStoredFileIsAWebAnnotationCollectionThatRemembersThePath() throws IOException {
        Article article = write(RAW);
        AnnotationStore store = storage().open(article);
        store.add(highlight(article, "Heavy rain", HighlightColour.YELLOW, "wet", List.of("weather")));
        var root = Json.mapper().readTree(store.file().toFile());
        assertEquals("AnnotationCollection", root.path("type").asText());
        assertEquals(WebAnnotationCodec.CONTEXT, root.path("@context").get(0).asText());
        assertEquals(article.source().toAbsolutePath().normalize().toString(), root.path("nl:path").asText());
        var item = root.path("first").path("items").get(0);
        assertEquals("commenting", item.path("motivation").asText());
        assertTrue(item.path("id").asText().startsWith("urn:uuid:"));
    }

    @Test
    void annotationsFollowTheirPassagesWhenTheArticleIsEdited() throws IOException {
        Article article = write(RAW);
        AnnotationStore store = storage().open(article);
        Annotation moved = highlight(article, "The mayor said repairs would take weeks.", HighlightColour.BLUE, "quote", List.of());
        Annotation edited = highlight(article, "Shops in the market square stayed open", HighlightColour.YELLOW, "", List.of());
        Annotation deleted = highlight(article, "Heavy rain closed the northern road", HighlightColour.PINK, "gone soon", List.of("x"));
        store.add(moved);
        store.add(edited);
        store.add(deleted);
        Path oldFile = store.file();

        String newRaw = "Floods in the valley\n\nUpdated Tuesday.\n\nThe mayor said repairs would take weeks."
                + "\n\nShops in the old market square stayed open despite the water.";
        Article changed = write(newRaw);
        AnnotationStore after = storage().open(changed);

        assertEquals(2, after.annotations().size());
        Annotation m = after.find(moved.id()).orElseThrow();
        assertEquals("The mayor said repairs would take weeks.", changed.text().substring(m.start(), m.end()));
        assertEquals("quote", m.note());
        Annotation e = after.find(edited.id()).orElseThrow();
        assertEquals("Shops in the old market square stayed open", changed.text().substring(e.start(), e.end()));
        assertEquals(List.of(deleted.id()), after.orphans().stream().map(Annotation::id).toList());
        assertTrue(after.notices().get(0).contains("1 could not be placed"), after.notices().toString());
        assertFalse(Files.exists(oldFile), "moved to the new text's file");

        AnnotationStore again = storage().open(changed);
        assertEquals(deleted, again.orphans().get(0), "the orphan is kept in the file, unchanged");
        assertEquals(2, again.annotations().size());
    }

    @Test
    void theLatestEarlierVersionIsTheOneFollowed() throws IOException {
        Article v1 = write(RAW);
        AnnotationStore s1 = storage().open(v1);
        s1.add(highlight(v1, "Heavy rain", HighlightColour.YELLOW, "first", List.of()));
        Article v2 = write(RAW.replace("Monday", "Sunday"));
        AnnotationStore s2 = new AnnotationStorage(home.resolve("annotations"), new WebAnnotationCodec(Json.mapper()),
                Clock.offset(clock, java.time.Duration.ofMinutes(5))).open(v2);
        s2.add(highlight(v2, "market square", HighlightColour.GREEN, "second", List.of()));
        Article v3 = write(RAW.replace("Monday", "Saturday"));
        AnnotationStore s3 = storage().open(v3);
        assertEquals(List.of("first", "second"), s3.annotations().stream().map(Annotation::note).toList());
    }

    @Test
    void aMovedFileWithTheSameTextKeepsItsAnnotations() throws IOException {
        Article article = write(RAW);
        storage().open(article).add(highlight(article, "Heavy rain", HighlightColour.YELLOW, "", List.of()));
        Path moved = articles.resolve("moved.txt");
        Files.writeString(moved, RAW);
        Article same = TestArticles.article(moved, RAW);
        assertEquals(1, storage().open(same).annotations().size());
    }

    @Test
    void aRangeCuttingAnEmojiInTwoIsRefused() {
        String text = "Rain \uD83C\uDF27 again";
        assertThrows(IllegalArgumentException.class,
                () -> Annotation.create(text, null, 0, 6, HighlightColour.YELLOW, "", List.of(), Instant.now()));
        assertEquals("Rain \uD83C\uDF27", Annotation.create(text, null, 0, 7, HighlightColour.YELLOW, "", List.of(), Instant.now()).exact());
    }

    @Test
    void correctionsCanBeReadForIndexingWithoutOpeningTheStore() throws IOException {
        Article article = write(RAW);
        int at = at(article, "Monday");
        org.newslens.nlp.EntityAnalysis none = org.newslens.nlp.EntityAnalysis.empty();
        assertEquals(none, storage().corrected(article, none));
        storage().open(article).addCorrection(EntityCorrection.mark(at, at + 6, "Monday", EntityLabel.DATE, EntityCorrection.Scope.THIS));
        org.newslens.nlp.EntityAnalysis corrected = storage().corrected(article, none);
        assertEquals(List.of("Monday"), corrected.mentions().stream().map(org.newslens.nlp.Mention::text).toList());
        assertEquals(EntityLabel.DATE, corrected.entities().get(0).label());
    }

    @Test
    void aCorruptFileIsSetAsideAndReportedNeverOverwritten() throws IOException {
        Article article = write(RAW);
        Path dir = Files.createDirectories(home.resolve("annotations"));
        Path file = dir.resolve(article.contentHash() + ".json");
        String garbage = "{\"type\": \"AnnotationCollection\", \"first\": {\"items\": [ {oops";
        Files.writeString(file, garbage);

        AnnotationStore store = storage().open(article);
        assertEquals(1, store.notices().size());
        String notice = store.notices().get(0);
        assertTrue(notice.contains("could not be read") && notice.contains(".corrupt-20261126T010000Z"), notice);
        store.add(highlight(article, "Heavy rain", HighlightColour.YELLOW, "", List.of()));

        try (Stream<Path> files = Files.list(dir)) {
            Path aside = files.filter(f -> f.getFileName().toString().contains(".corrupt-")).findFirst().orElseThrow();
            assertEquals(garbage, Files.readString(aside, StandardCharsets.UTF_8));
        }
        assertEquals(1, storage().open(article).annotations().size());
    }

    @Test
    void aNonsenseFileIsReportedToo() throws IOException {
        Article article = write(RAW);
        Path dir = Files.createDirectories(home.resolve("annotations"));
        Files.writeString(dir.resolve(article.contentHash() + ".json"), "[1, 2, 3]");
        AnnotationStore store = storage().open(article);
        assertTrue(store.notices().get(0).contains("could not be read"));
        assertTrue(store.annotations().isEmpty());
    }

    @Test
    void anAnnotationMustQuoteTheText() throws IOException {
        Article article = write(RAW);
        AnnotationStore store = storage().open(article);
        Annotation a = highlight(article, "Heavy rain", HighlightColour.YELLOW, "", List.of());
        Annotation wrong = new Annotation(a.id(), a.created(), a.modified(), "", List.of(), a.colour(), a.source(),
                new TextPositionSelector(a.start() + 1, a.end() + 1), a.quote());
        assertThrows(IllegalArgumentException.class, () -> store.add(wrong));
        assertFalse(Files.exists(store.file()), "nothing saved");
    }

    @Test
    void listenersHearEveryChange() throws IOException {
        Article article = write(RAW);
        AnnotationStore store = storage().open(article);
        int[] calls = {0};
        store.addListener(s -> calls[0]++);
        Annotation a = highlight(article, "Heavy rain", HighlightColour.YELLOW, "", List.of());
        store.add(a);
        store.update(a.withNote("n", Instant.now()));
        store.remove(a.id());
        assertEquals(3, calls[0]);
    }

    @Test
    void importPlacesAnnotationsAndReplacesSameIds() throws IOException {
        Article article = write(RAW);
        AnnotationStore store = storage().open(article);
        Annotation a = highlight(article, "Heavy rain", HighlightColour.YELLOW, "", List.of());
        store.add(a);
        Annotation edited = a.withNote("imported note", Instant.now());
        Annotation fresh = highlight(article, "market square", HighlightColour.GREEN, "", List.of());
        Annotation lost = new Annotation("urn:uuid:lost", Instant.now(), Instant.now(), "", List.of(), HighlightColour.BLUE, null,
                new TextPositionSelector(0, 5), new TextQuoteSelector("not in this article at all", "", ""));
        ImportResult result = store.importAnnotations(List.of(edited, fresh, lost));
        assertEquals(new ImportResult(2, 1, 1, 2, 0, 0), result);
        assertEquals("imported note", store.find(a.id()).orElseThrow().note());
        assertEquals(2, store.annotations().size());
        assertEquals(1, store.orphans().size());
    }
}

package org.newslens.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.newslens.annotation.WebAnnotationCodec;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.nlp.EntityLabel;

/** An entity page's quotes (as speaker), figures near it and the reader's notes, over articles indexed in the test. */
class EntityPageEvidenceTest {
    static final String PLAN = "\"We will rebuild the harbour,\" Maria Ortiz said on Monday. The plan costs 40 million dollars, Ortiz added."
            + "\n\nPaul Kern said 300 jobs would go.";
    static final String VOTE = "The council voted 7 to 2. \"It is a good day,\" Paul Kern said.\n\nMaria Ortiz was not there.";

    @TempDir
    Path dir;
    private AnnotationStorage storage;
    private Article plan;
    private Article vote;

    @BeforeEach
    void setUp() {
        storage = new AnnotationStorage(dir.resolve("annotations"), new WebAnnotationCodec(Json.mapper()), Clock.systemUTC());
        plan = InventedLibrary.article(dir.resolve("plan.txt"), PLAN, "2024-06-01T08:00:00Z");
        vote = InventedLibrary.article(dir.resolve("vote.txt"), VOTE, "2024-06-02T08:00:00Z");
    }

    private EntityPage page(String name) {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir.resolve("index"))) {
            index.index(plan, new InventedLibrary.Analysis(PLAN)
                    .entity(EntityLabel.PERSON, "Maria Ortiz", List.of("Ortiz"), "Maria Ortiz", "Ortiz")
                    .entity(EntityLabel.PERSON, "Paul Kern", List.of(), "Paul Kern")
                    .entity(EntityLabel.FIGURE, "40 million dollars", List.of(), "40 million dollars")
                    .entity(EntityLabel.FIGURE, "300 jobs", List.of(), "300 jobs")
                    .build());
            index.index(vote, new InventedLibrary.Analysis(VOTE)
                    .entity(EntityLabel.PERSON, "Paul Kern", List.of(), "Paul Kern")
                    .entity(EntityLabel.PERSON, "Maria Ortiz", List.of(), "Maria Ortiz")
                    .build());
            index.commit();
            return new EntityPages(index, storage::saved).page(name);
        }
    }

    @Test
    void quotesAreTheOnesTheEntitySpeaks() {
        EntityPage ortiz = page("Ortiz");
        assertEquals(List.of("We will rebuild the harbour,", "The plan costs 40 million dollars"),
                ortiz.quotes().stream().map(EntityPage.PageQuote::text).toList());
        EntityPage.PageQuote quote = ortiz.quotes().get(0);
        assertEquals("direct", quote.kind());
        assertEquals("reported", ortiz.quotes().get(1).kind());
        assertEquals(quote.text(), PLAN.substring(quote.start(), quote.end()));
        assertEquals(dir.resolve("plan.txt").toString(), quote.article().file());
        EntityPage kern = page("Paul Kern");
        assertTrue(kern.quotes().stream().anyMatch(q -> q.text().contains("It is a good day")), kern.quotes().toString());
        assertTrue(kern.quotes().stream().noneMatch(q -> q.text().contains("rebuild")), "Ortiz's words are not Kern's");
    }

    @Test
    void figuresAreThoseInASentenceNamingTheEntity() {
        EntityPage ortiz = page("Maria Ortiz");
        assertEquals(List.of("40 million dollars"), ortiz.figures().stream().map(EntityPage.PageFigure::text).toList());
        EntityPage.PageFigure figure = ortiz.figures().get(0);
        assertEquals(40_000_000d, figure.value());
        assertEquals("USD", figure.unit());
        assertTrue(figure.sentence().startsWith("The plan costs 40 million dollars"), figure.sentence());
        assertEquals(List.of("300 jobs"), page("Paul Kern").figures().stream().map(EntityPage.PageFigure::text).toList());
    }

    @Test
    void notesOnAMentionOrNamingTheEntityAreOnItsPageOthersNot() throws Exception {
        AnnotationStore store = storage.open(plan);
        int at = PLAN.indexOf("Ortiz added");
        Annotation onMention = Annotation.create(PLAN, null, at, at + "Ortiz added".length(), HighlightColour.GREEN,
                "check the budget", List.of("budget"), Instant.now());
        int jobs = PLAN.indexOf("300 jobs");
        Annotation naming = Annotation.create(PLAN, null, jobs, jobs + 8, HighlightColour.YELLOW, "ask maria ortiz about this",
                List.of(), Instant.now());
        Annotation other = Annotation.create(PLAN, null, 0, 10, HighlightColour.BLUE, "harbour history", List.of(), Instant.now());
        store.add(onMention);
        store.add(naming);
        store.add(other);
        List<String> ids = page("Maria Ortiz").notes().stream().map(EntityPage.PageNote::id).toList();
        assertEquals(List.of(onMention.id(), naming.id()), ids);
        EntityPage.PageNote note = page("ortiz").notes().get(0);
        assertEquals("check the budget", note.note());
        assertEquals("green", note.colour());
        assertEquals(List.of("budget"), note.tags());
        assertTrue(page("Paul Kern").notes().stream().noneMatch(n -> n.id().equals(other.id())));
    }
}

package org.newslens.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.analysis.AnalysisService;
import org.newslens.analysis.ArticleAnalysis;
import org.newslens.analysis.Quote;
import org.newslens.app.Json;
import org.newslens.app.command.CommandHistory;
import org.newslens.article.Article;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;

/** Correcting who said a quote: one undoable step, saved with the annotations, following the quote's words. */
class SpeakerCorrectionTest {
    private static final String RAW = "Harbour to close\n\nHelena Marsh met Tom Ashby at the pier on Monday.\n\n"
            + "\"The pier is no longer safe,\" Ashby said. The council said the repairs would take a year.";

    @TempDir
    Path dir;

    private AnnotationStorage storage() {
        return new AnnotationStorage(dir.resolve("annotations"), new WebAnnotationCodec(Json.mapper()), Clock.systemUTC());
    }

    private Article write(String raw) throws IOException {
        return TestArticles.written(dir.resolve("harbour.txt"), raw);
    }

    private static EntityAnalysis entities(String text) {
        List<Mention> mentions = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        person(text, "Helena Marsh", List.of("Helena Marsh"), mentions, entities);
        person(text, "Tom Ashby", List.of("Tom Ashby", "Ashby said"), mentions, entities);
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new EntityAnalysis(mentions, entities);
    }

    /** Every occurrence of each form (without a trailing " said") as a mention of the person. */
    private static void person(String text, String name, List<String> forms, List<Mention> mentions, List<Entity> entities) {
        String id = "person:" + name;
        for (String form : forms) {
            String words = form.replace(" said", "");
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                if (!text.startsWith(name, at) || form.equals(name)) {
                    mentions.add(new Mention(at, at + words.length(), words, EntityLabel.PERSON, id, null));
                }
            }
        }
        entities.add(new Entity(id, name, EntityLabel.PERSON, List.of(), forms.size()));
    }

    private static ArticleAnalysis analyse(Article article, EntityAnalysis entities) {
        return new AnalysisService(null, null).compute(article.text(), entities, null);
    }

    private static Quote quote(ArticleAnalysis a, String words) {
        return a.quotes().stream().filter(q -> q.text().equals(words)).findFirst().orElseThrow(() -> new AssertionError(a.quotes()));
    }

    private static SpeakerCorrection correction(Quote q, String speaker) {
        return new SpeakerCorrection(q.start(), q.end(), q.text(), speaker);
    }

    /** The article written, its entities, its quotes as found, and its opened store. */
    private record Opened(Article article, EntityAnalysis entities, ArticleAnalysis found, AnnotationStore store) {
    }

    private Opened open() throws IOException {
        Article article = write(RAW);
        EntityAnalysis entities = entities(article.text());
        return new Opened(article, entities, analyse(article, entities), storage().open(article));
    }

    @Test
    void aCorrectionIsOneUndoableStepAndTheQuoteGetsTheEntity() throws IOException {
        Opened o = open();
        Article article = o.article();
        EntityAnalysis entities = o.entities();
        ArticleAnalysis found = o.found();
        AnnotationStore store = o.store();
        Quote pier = quote(found, "The pier is no longer safe,");
        assertEquals("Tom Ashby", pier.speaker().name());
        CommandHistory history = new CommandHistory();

        history.execute(AnnotationCommands.correctSpeaker(store, correction(pier, "helena marsh")));

        Quote corrected = quote(SpeakerCorrector.apply(found, article.text(), entities, store.speakerCorrections()), pier.text());
        assertEquals("Helena Marsh", corrected.speaker().name(), "an entity's name in any case is that entity");
        assertEquals("person:Helena Marsh", corrected.speaker().entity());
        assertEquals("Helena Marsh", article.text().substring(corrected.speaker().start(), corrected.speaker().end()));
        assertFalse(corrected.speaker().unnamed());
        assertEquals(pier.cue(), corrected.cue());
        assertEquals("Speaker of “The pier is no longer safe,” is helena marsh", history.undoDescription().orElseThrow());

        history.undo();
        assertEquals(List.of(), store.speakerCorrections());
        assertEquals("Tom Ashby", quote(SpeakerCorrector.apply(found, article.text(), entities, store.speakerCorrections()), pier.text()).speaker().name());
        history.redo();
        assertEquals(1, storage().open(article).speakerCorrections().size(), "redo is saved too");
    }

    @Test
    void aTypedNameThatIsNoEntityIsTheSpeakerAsTyped() throws IOException {
        Opened o = open();
        Quote repairs = quote(o.found(), "the repairs would take a year");
        o.store().addSpeakerCorrection(correction(repairs, "  The harbour master "));

        ArticleAnalysis corrections = SpeakerCorrector.apply(o.found(), o.article().text(), o.entities(), o.store().speakerCorrections());
        Quote corrected = quote(corrections, repairs.text());
        assertEquals("The harbour master", corrected.speaker().name());
        assertNull(corrected.speaker().entity());
        assertEquals(-1, corrected.speaker().start(), "the text never names the harbour master");
        assertEquals(List.of("Tom Ashby", "The harbour master"), corrections.quotes().stream().map(q -> q.speaker().name()).toList());
    }

    @Test
    void correctionsSurviveARestartAndFollowTheQuoteWhenTheTextMoves() throws IOException {
        Article article = write(RAW);
        ArticleAnalysis found = analyse(article, entities(article.text()));
        Quote pier = quote(found, "The pier is no longer safe,");
        storage().open(article).addSpeakerCorrection(correction(pier, "Helena Marsh"));
        assertTrue(Files.readString(storage().fileFor(article)).contains("\"nl:speakerCorrections\""));

        Article edited = write(RAW.replace("Harbour to close\n\n", "Harbour to close\n\nA new first paragraph.\n\n"));
        AnnotationStore reopened = storage().open(edited);
        SpeakerCorrection moved = reopened.speakerCorrections().get(0);
        assertEquals(edited.text().indexOf(pier.text()), moved.start());
        EntityAnalysis entities = entities(edited.text());
        ArticleAnalysis again = SpeakerCorrector.apply(analyse(edited, entities), edited.text(), entities, reopened.speakerCorrections());
        assertEquals("Helena Marsh", quote(again, pier.text()).speaker().name());
    }

    @Test
    void aCorrectionNeedsASpeakerAndItsQuotesWords() {
        assertThrows(IllegalArgumentException.class, () -> new SpeakerCorrection(3, 8, "words", " "));
        assertThrows(IllegalArgumentException.class, () -> new SpeakerCorrection(3, 9, "words", "Ashby"));
    }
}

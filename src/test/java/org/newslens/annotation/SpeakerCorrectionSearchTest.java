package org.newslens.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.analysis.Quote;
import org.newslens.app.Json;
import org.newslens.app.command.CommandHistory;
import org.newslens.article.Article;
import org.newslens.index.EntitySource;
import org.newslens.index.IndexOutcome;
import org.newslens.index.LibraryArticle;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.index.SearchScope;
import org.newslens.library.EntityPage;
import org.newslens.library.EntityPages;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;

/**
 * A speaker the reader corrected is who {@code speaker:} finds, and who the index stores as the quote's speaker (so the
 * entity pages list the quote under the right entity).
 */
class SpeakerCorrectionSearchTest {
    private static final String RAW = "Harbour to close\n\nHelena Marsh met Tom Ashby at the pier on Monday.\n\n"
            + "\"The pier is no longer safe,\" Ashby said. The council said the repairs would take a year.";

    @TempDir
    Path dir;

    private AnnotationStorage storage;
    private LuceneArticleIndex index;
    private EntitySource corrected;
    private Article article;

    @BeforeEach
    void indexTheArticle() throws IOException {
        storage = new AnnotationStorage(dir.resolve("annotations"), new WebAnnotationCodec(Json.mapper()), Clock.systemUTC());
        article = TestArticles.written(dir.resolve("harbour.txt"), RAW);
        corrected = new CorrectedEntities(SpeakerCorrectionSearchTest::entities, storage);
        index = LuceneArticleIndex.open(dir.resolve("index"));
        assertEquals(IndexOutcome.ADDED, index.index(article, corrected));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static EntityAnalysis entities(Article article) {
        String text = article.text();
        List<Mention> mentions = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        for (String name : List.of("Helena Marsh", "Tom Ashby")) {
            String id = "person:" + name;
            String surname = name.substring(name.indexOf(' ') + 1);
            for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
                boolean full = text.startsWith(name, at - name.indexOf(' ') - 1);
                int start = full ? at - name.indexOf(' ') - 1 : at;
                mentions.add(new Mention(start, at + surname.length(), text.substring(start, at + surname.length()), EntityLabel.PERSON, id, null));
            }
            entities.add(new Entity(id, name, EntityLabel.PERSON, List.of(surname), 2));
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new EntityAnalysis(mentions, entities);
    }

    private List<String> said(String query) throws Exception {
        return index.search(query, SearchScope.all()).hits().stream().map(h -> h.text()).toList();
    }

    private Quote pier() {
        return corrected.quotes(article, corrected.analyse(article)).stream()
                .filter(q -> q.text().equals("The pier is no longer safe,")).findFirst().orElseThrow();
    }

    /** The stored quotes of the article: "speaker: words" (the speaker's entity name when it is one of the article's). */
    private List<String> storedQuotes() {
        List<String> out = new ArrayList<>();
        index.forEachArticle(a -> {
            for (LibraryArticle.QuoteAt q : a.quotes()) {
                String who = q.speaker() == null ? "?" : q.speaker().entity() >= 0 ? a.entities().get(q.speaker().entity()).name() : q.speaker().name();
                out.add(who + ": " + q.text(a.text()));
            }
        });
        return out;
    }

    private List<String> pageQuotes(String entity) {
        return new EntityPages(index).page(entity).quotes().stream().map(EntityPage.PageQuote::text).toList();
    }

    @Test
    void aCorrectedSpeakerIsWhoSpeakerSearchFinds() throws Exception {
        assertEquals(List.of("The pier is no longer safe,"), said("speaker:ashby"));
        assertEquals(List.of(), said("speaker:marsh"));
        AnnotationStore store = storage.open(article);
        CommandHistory history = new CommandHistory();
        Quote pier = pier();

        history.execute(AnnotationCommands.correctSpeaker(store, new SpeakerCorrection(pier.start(), pier.end(), pier.text(), "Helena Marsh")));
        assertEquals(IndexOutcome.REPLACED, index.index(article, corrected), "a speaker correction indexes the article again");

        assertEquals(List.of("The pier is no longer safe,"), said("speaker:marsh"));
        assertEquals(List.of("The pier is no longer safe,"), said("speaker:\"Helena Marsh\""));
        assertEquals(List.of(), said("speaker:ashby"), "the speaker found first no longer said it");
        assertEquals(List.of("Helena Marsh: The pier is no longer safe,", "The council: the repairs would take a year"), storedQuotes());
        assertEquals(List.of("The pier is no longer safe,"), pageQuotes("Helena Marsh"), "her entity page lists it");
        assertEquals(List.of(), pageQuotes("Tom Ashby"));

        history.undo();
        assertEquals(IndexOutcome.REPLACED, index.index(article, corrected));
        assertEquals(List.of("The pier is no longer safe,"), said("speaker:ashby"));
        assertEquals(List.of(), said("speaker:marsh"));
        assertEquals(List.of("The pier is no longer safe,"), pageQuotes("Tom Ashby"));
        assertEquals(IndexOutcome.UNCHANGED, index.index(article, corrected), "nothing changed since");
    }

    @Test
    void aTypedSpeakerIsSearchedByItsWordsAndStoredWithoutAnEntity() throws Exception {
        Quote repairs = corrected.quotes(article, corrected.analyse(article)).stream()
                .filter(q -> q.text().startsWith("the repairs")).findFirst().orElseThrow();
        storage.open(article).addSpeakerCorrection(new SpeakerCorrection(repairs.start(), repairs.end(), repairs.text(), "The harbour master"));
        index.index(article, corrected);

        assertEquals(List.of("the repairs would take a year"), said("speaker:\"harbour master\""));
        assertEquals(List.of(), said("speaker:council"));
        assertEquals(List.of("Tom Ashby: The pier is no longer safe,", "The harbour master: the repairs would take a year"), storedQuotes());
        index.forEachArticle(a -> assertEquals(-1, a.quotes().get(1).speaker().entity()));
    }

    @Test
    void aTypedNameOfAnyLengthIsIndexedAndStoredCut() throws Exception {
        Quote pier = pier();
        String endless = "the minister of harbours ".repeat(4_000).strip();
        storage.open(article).addSpeakerCorrection(new SpeakerCorrection(pier.start(), pier.end(), pier.text(), endless));
        assertEquals(IndexOutcome.REPLACED, index.index(article, corrected));
        assertEquals(List.of("The pier is no longer safe,"), said("speaker:\"minister of harbours\""));
        index.forEachArticle(a -> assertEquals(1_000, a.quotes().get(0).speaker().name().length()));
    }

    @Test
    void theStoredQuotesSurviveAReopenWithTheirKindCueAndSpeakerMention() {
        index.close();
        index = LuceneArticleIndex.open(dir.resolve("index"));
        index.forEachArticle(a -> {
            LibraryArticle.QuoteAt q = a.quotes().get(0);
            assertEquals("said", q.cue());
            assertEquals("said", a.text().substring(q.cueStart(), q.cueEnd()));
            assertEquals("DIRECT", q.kind().name());
            assertEquals("Ashby", a.text().substring(q.speaker().start(), q.speaker().end()));
            assertEquals(List.of(q), a.quotesBy(java.util.Set.of(q.speaker().entity())));
        });
        assertEquals(2, storedQuotes().size());
    }
}

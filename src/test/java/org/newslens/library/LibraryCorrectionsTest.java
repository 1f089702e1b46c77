package org.newslens.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.AnnotationCommands;
import org.newslens.annotation.CorrectedEntities;
import org.newslens.annotation.LibraryCorrection;
import org.newslens.annotation.WebAnnotationCodec;
import org.newslens.app.Json;
import org.newslens.app.command.CommandHistory;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.index.ArticleHits;
import org.newslens.index.EntitySource;
import org.newslens.index.LibraryIndexer;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.index.SearchScope;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;

/**
 * Library-wide merge, rename and split over article files indexed in the test: every article's entities, the
 * entity pages and search follow the correction, undo withdraws it, and it survives a restart.
 */
class LibraryCorrectionsTest {
    @TempDir
    Path dir;
    private AnnotationStorage storage;
    private EntitySource entities;
    private List<Path> files;

    @BeforeEach
    void library() throws IOException {
        storage = new AnnotationStorage(dir.resolve("home/annotations"), new WebAnnotationCodec(Json.mapper()), Clock.systemUTC());
        entities = new CorrectedEntities(InventedFiles.RECOGNISER, storage);
        files = InventedFiles.write(dir);
        try (LuceneArticleIndex index = open()) {
            indexer(index).addFiles(files, (done, total, current) -> { }, () -> false);
        }
    }

    private LuceneArticleIndex open() {
        return LuceneArticleIndex.open(dir.resolve("home/index"));
    }

    private LibraryIndexer indexer(LuceneArticleIndex index) {
        return new LibraryIndexer(index, new ArticleLoader(), entities);
    }

    /** Runs {@code c} as the window does: the command, then the affected articles indexed again. */
    private void correct(LuceneArticleIndex index, CommandHistory history, LibraryCorrection c) {
        EntityEdits edits = new EntityEdits(index, indexer(index));
        List<Path> before = edits.affected(c);
        history.execute(AnnotationCommands.correctLibrary(storage.library(), c));
        edits.reindex(before, (done, total, current) -> { }, () -> false);
    }

    private static List<String> hitFiles(LuceneArticleIndex index, String query) throws Exception {
        return index.search(query, SearchScope.all()).articles().stream().map(ArticleHits::file)
                .map(f -> f.getFileName().toString()).sorted().toList();
    }

    @Test
    void mergeReachesEveryArticleItsPageAndSearchAndUndoWithdrawsIt() throws Exception {
        CommandHistory history = new CommandHistory();
        try (LuceneArticleIndex index = open()) {
            EntityPages pages = new EntityPages(index);
            assertEquals(List.of("meeting.txt"), hitFiles(index, "place:\"port elma\" AND kandor"));
            LibraryCorrection merge = LibraryCorrection.merge("Kandor", "Port Elma", Instant.now());
            correct(index, history, merge);

            EntityPage merged = pages.page("Port Elma");
            assertEquals(3, merged.articles().size(), merged.articles().toString());
            assertEquals("Port Elma", pages.page("kandor").name(), "the old name finds the merged entity");
            assertTrue(merged.aliases().contains("Kandor"), merged.aliases().toString());
            assertEquals(List.of("meeting.txt", "shop.txt"), hitFiles(index, "place:\"port elma\" AND kandor"),
                    "the shop's Kandor is now found as Port Elma");
            Path shop = files.get(2);
            Article article = new ArticleLoader().load(shop);
            assertEquals(List.of("Port Elma"), entities.analyse(article).entities().stream()
                    .filter(e -> e.label() == EntityLabel.PLACE).map(Entity::name).toList());
            assertEquals(List.of("Port Elma"), storage.open(article).corrected(InventedFiles.RECOGNISED.get("shop.txt")).entities().stream()
                    .filter(e -> e.label() == EntityLabel.PLACE).map(Entity::name).toList(), "exports read the store's corrected entities");

            EntityEdits edits = new EntityEdits(index, indexer(index));
            List<Path> affected = edits.affected(merge);
            history.undo();
            edits.reindex(affected, (done, total, current) -> { }, () -> false);
            assertEquals(2, pages.page("Port Elma").articles().size());
            assertEquals(2, pages.page("Kandor").articles().size());
            assertEquals(List.of("meeting.txt"), hitFiles(index, "place:\"port elma\" AND kandor"));
        }
    }

    @Test
    void aCorrectionSurvivesARestartAndAFreshIndexOfTheLibrary() throws Exception {
        try (LuceneArticleIndex index = open()) {
            correct(index, new CommandHistory(), LibraryCorrection.rename("Paul Kern", "Paul J. Kern", Instant.now()));
        }
        storage = new AnnotationStorage(dir.resolve("home/annotations"), new WebAnnotationCodec(Json.mapper()), Clock.systemUTC());
        entities = new CorrectedEntities(InventedFiles.RECOGNISER, storage);
        assertEquals(1, storage.library().all().size());
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir.resolve("home/index-again"))) {
            indexer(index).addFiles(files, (done, total, current) -> { }, () -> false);
            EntityPage page = new EntityPages(index).page("kern");
            assertEquals("Paul J. Kern", page.name());
            assertEquals(2, page.articles().size());
            assertTrue(page.aliases().contains("Paul Kern"), page.aliases().toString());
            assertEquals(List.of("harbour.txt", "meeting.txt"), hitFiles(index, "person:\"paul j. kern\""));
        }
    }

    @Test
    void splitTakesTheAliasMentionsOffTheEntity() throws Exception {
        try (LuceneArticleIndex index = open()) {
            EntityPages pages = new EntityPages(index);
            assertEquals(3, pages.page("Maria Ortiz").mentions());
            correct(index, new CommandHistory(), LibraryCorrection.split("Maria Ortiz", "Ortiz", Instant.now()));
            EntityPage maria = pages.page("Maria Ortiz");
            assertEquals(2, maria.mentions());
            assertTrue(maria.aliases().stream().noneMatch(a -> a.equals("Ortiz")), maria.aliases().toString());
            EntityPage ortiz = pages.page("Ortiz");
            assertEquals("Ortiz", ortiz.name());
            assertEquals(1, ortiz.mentions());
            assertEquals(InventedLibrary.MEETING.indexOf("Ortiz flew"), ortiz.articles().get(0).firstMention().start());
        }
    }

    @Test
    void anUnreadableCorrectionsFileIsNeitherAppliedNorOverwritten() throws Exception {
        Path file = storage.library().file();
        Files.writeString(file, "{not json");
        assertEquals(List.of(), storage.library().all());
        assertThrows(IOException.class, () -> storage.library().add(LibraryCorrection.rename("Kandor", "Candor", Instant.now())));
        assertEquals("{not json", Files.readString(file));
    }
}

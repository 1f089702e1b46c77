package org.newslens.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.Json;
import org.newslens.app.command.CommandHistory;
import org.newslens.article.Article;
import org.newslens.nlp.EntityLabel;

class AnnotationEditorTest {
    private static final String RAW = "Budget talks\n\nThe minister met the unions in Leeds. The unions asked for more."
            + "\n\nIn Leeds the talks ended late.";

    @TempDir
    Path dir;
    private Article article;
    private AnnotationStorage storage;
    private AnnotationStore store;
    private CommandHistory history;
    private AnnotationEditor editor;

    @BeforeEach
    void setUp() throws IOException {
        Path file = dir.resolve("budget.txt");
        Files.writeString(file, RAW);
        article = TestArticles.article(file, RAW);
        storage = new AnnotationStorage(dir.resolve("annotations"), new WebAnnotationCodec(Json.mapper()), Clock.systemUTC());
        store = storage.open(article);
        history = new CommandHistory();
        editor = new AnnotationEditor(store, history, Clock.systemUTC());
    }

    private int at(String phrase) {
        return article.text().indexOf(phrase);
    }

    private List<Annotation> onDisk() throws IOException {
        return storage.open(article).annotations();
    }

    @Test
    void highlightUndoRedo() throws IOException {
        Annotation a = editor.highlight(at("the unions"), at("the unions") + 10, HighlightColour.BLUE, "who?", List.of("labour"));
        assertEquals(List.of(a), onDisk());
        assertEquals("Highlight “the unions”", history.undoDescription().orElseThrow());
        history.undo();
        assertTrue(store.annotations().isEmpty());
        assertTrue(onDisk().isEmpty(), "undo is saved too");
        assertTrue(history.canRedo());
        history.redo();
        assertEquals(List.of(a), onDisk());
    }

    @Test
    void editsUndoOneByOne() throws IOException {
        Annotation a = editor.highlight(at("Leeds"), at("Leeds") + 5, HighlightColour.YELLOW, "", List.of());
        editor.setNote(a.id(), "city");
        editor.setTags(a.id(), List.of("place", "north"));
        editor.setColour(a.id(), HighlightColour.PURPLE);
        Annotation now = onDisk().get(0);
        assertEquals("city", now.note());
        assertEquals(List.of("place", "north"), now.tags());
        assertEquals(HighlightColour.PURPLE, now.colour());

        history.undo();
        assertEquals(HighlightColour.YELLOW, onDisk().get(0).colour());
        history.undo();
        assertEquals(List.of(), onDisk().get(0).tags());
        history.undo();
        assertEquals("", onDisk().get(0).note());
        history.redo();
        history.redo();
        history.redo();
        assertEquals(now.colour(), onDisk().get(0).colour());
        assertEquals(now.tags(), onDisk().get(0).tags());
        assertEquals(now.note(), onDisk().get(0).note());
    }

    @Test
    void deleteUndoBringsTheSameAnnotationBack() throws IOException {
        Annotation a = editor.highlight(at("Leeds"), at("Leeds") + 5, HighlightColour.GREEN, "n", List.of("t"));
        editor.delete(a.id());
        assertTrue(onDisk().isEmpty());
        history.undo();
        assertEquals(List.of(a), onDisk());
        history.redo();
        assertTrue(onDisk().isEmpty());
    }

    @Test
    void applyToAllIsOneStep() throws IOException {
        List<Annotation> all = editor.highlightEveryOccurrence(at("Leeds"), at("Leeds") + 5, HighlightColour.YELLOW);
        assertEquals(2, all.size());
        assertEquals(2, onDisk().size());
        List<String> ids = all.stream().map(Annotation::id).toList();

        editor.setColourOfAll(ids, HighlightColour.PINK);
        editor.addTagToAll(ids, "city");
        assertTrue(onDisk().stream().allMatch(x -> x.colour() == HighlightColour.PINK && x.tags().equals(List.of("city"))));
        editor.deleteAll(ids);
        assertTrue(onDisk().isEmpty());

        history.undo();
        assertEquals(2, onDisk().size(), "one undo restores every deleted highlight");
        history.undo();
        assertTrue(onDisk().stream().allMatch(x -> x.tags().isEmpty()));
        history.undo();
        assertTrue(onDisk().stream().allMatch(x -> x.colour() == HighlightColour.YELLOW));
        history.undo();
        assertTrue(onDisk().isEmpty(), "one undo removes every highlight made at once");
        assertFalse(history.canUndo());
        history.redo();
        assertEquals(2, onDisk().size());
    }

    @Test
    void entityCorrectionsUndoAndRedo() throws IOException {
        editor.markAs(at("Leeds"), at("Leeds") + 5, EntityLabel.PLACE, EntityCorrection.Scope.ALL);
        assertEquals(1, storage.open(article).corrections().size());
        assertEquals("Mark “Leeds” as Place (every mention)", history.undoDescription().orElseThrow());
        history.undo();
        assertTrue(storage.open(article).corrections().isEmpty());
        history.redo();
        assertEquals(EntityLabel.PLACE, storage.open(article).corrections().get(0).label());
    }

    @Test
    void importUndoesAsOneStepAndRestoresWhatItReplaced() throws IOException {
        Annotation mine = editor.highlight(at("Leeds"), at("Leeds") + 5, HighlightColour.GREEN, "mine", List.of());
        Annotation theirs = mine.withNote("theirs", java.time.Instant.now());
        int u = at("unions");
        Annotation fresh = Annotation.create(article.text(), null, u, u + 6, HighlightColour.BLUE, "", List.of(), java.time.Instant.now());
        ImportResult result = editor.importAnnotations(List.of(theirs, fresh));
        assertEquals(new ImportResult(1, 1, 0, 2, 0, 0), result);
        assertEquals("theirs", storage.open(article).find(mine.id()).orElseThrow().note());
        history.undo();
        assertEquals(List.of(mine), onDisk());
        history.redo();
        assertEquals(2, onDisk().size());
    }

    @Test
    void aNewActionClearsRedo() {
        Annotation a = editor.highlight(at("Leeds"), at("Leeds") + 5, HighlightColour.GREEN, "", List.of());
        history.undo();
        editor.highlight(at("unions"), at("unions") + 6, HighlightColour.GREEN, "", List.of());
        assertFalse(history.canRedo());
        assertTrue(store.find(a.id()).isEmpty());
    }
}

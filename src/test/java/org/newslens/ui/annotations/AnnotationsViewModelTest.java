package org.newslens.ui.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.HighlightColour;
import org.newslens.annotation.WebAnnotationCodec;
import org.newslens.app.Json;
import org.newslens.app.command.CommandHistory;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.article.TextRange;
import org.newslens.ui.reader.Highlight;
import org.newslens.ui.reader.HighlightLayers;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.task.SameThreadTaskExecutor;

/** The Notes view model over a real annotation store in a temporary data directory, no FX thread. */
class AnnotationsViewModelTest {
    static final String RAW = """
            The river ferry at Osterby stopped running in March after the council cut its grant.

            Villagers now drive forty minutes to the bridge at Kallmark. The ferry had carried
            schoolchildren, nurses and the post since 1952.

            At a meeting on Tuesday the council said the ferry might return in the summer if a
            sponsor is found. The ferry captain, Ines Rask, said she would wait.
            """;

    @TempDir
    Path dir;

    private AnnotationStorage storage;
    private ReaderViewModel reader;
    private CommandHistory history;
    private AnnotationsViewModel vm;
    private Article article;

    @BeforeEach
    void setUp() throws Exception {
        storage = new AnnotationStorage(dir.resolve("annotations"), new WebAnnotationCodec(Json.mapper()), Clock.systemUTC());
        reader = new ReaderViewModel();
        history = new CommandHistory();
        vm = new AnnotationsViewModel(storage, reader, history, new SameThreadTaskExecutor(), Clock.systemUTC());
        article = article(dir.resolve("ferry.txt"), RAW);
        reader.show(article);
    }

    static Article article(Path source, String raw) throws Exception {
        return new ArticleLoader().fromPlainText(source, raw);
    }

    private TextRange rangeOf(String phrase) {
        int start = article.text().indexOf(phrase);
        assertTrue(start >= 0, phrase);
        return new TextRange(start, start + phrase.length());
    }

    private void select(String phrase) {
        TextRange r = rangeOf(phrase);
        reader.select(r.start(), r.end());
    }

    private List<Highlight> layer() {
        return reader.layers().layer(HighlightLayers.ANNOTATIONS);
    }

    @Test
    void keysOneToFiveHighlightTheSelectionInTheFiveColours() {
        String[] phrases = {"river ferry", "council cut its grant", "forty minutes", "schoolchildren", "Ines Rask"};
        for (int key = 1; key <= 5; key++) {
            select(phrases[key - 1]);
            assertTrue(vm.highlightSelectionWithKey(key));
        }
        assertEquals(List.of(HighlightColour.YELLOW, HighlightColour.GREEN, HighlightColour.BLUE, HighlightColour.PINK,
                HighlightColour.PURPLE), vm.shown().annotations().stream().map(AnnotationItem::colour).toList());
        TextRange schoolchildren = rangeOf("schoolchildren");
        assertTrue(layer().contains(new Highlight(schoolchildren.start(), schoolchildren.end(), "annotation-pink")), layer().toString());

        select("Villagers");
        assertFalse(vm.highlightSelectionWithKey(6));
        assertFalse(vm.highlightSelectionWithKey(0));
        assertEquals(5, vm.shown().annotations().size());
    }

    @Test
    void highlightingNeedsASelection() {
        reader.select(0, 0);
        assertFalse(vm.highlightSelection(HighlightColour.YELLOW));
        assertEquals("Select some text first", vm.messageProperty().get());
        assertTrue(vm.shown().annotations().isEmpty());
    }

    @Test
    void thePanelListsAnnotationsInReadingOrderWithParagraphQuoteNoteAndTags() {
        TextRange later = rangeOf("Ines Rask");
        TextRange earlier = rangeOf("forty minutes");
        NoteDraft draft = vm.draftFor(later).orElseThrow();
        assertTrue(draft.isNew());
        assertTrue(vm.saveDraft(draft, later, "  the captain  ", "people, ferry ,, people", HighlightColour.BLUE));
        vm.highlight(earlier, HighlightColour.GREEN);

        List<AnnotationItem> items = vm.shown().annotations();
        assertEquals(List.of("forty minutes", "Ines Rask"), items.stream().map(AnnotationItem::quote).toList());
        AnnotationItem captain = items.get(1);
        assertEquals("the captain", captain.note());
        assertEquals(List.of("people", "ferry"), captain.tags());
        assertEquals(HighlightColour.BLUE, captain.colour());
        assertEquals(3, captain.paragraph());
        assertEquals(2, items.get(0).paragraph());
    }

    @Test
    void annotationsAreSavedAndComeBackForTheSameArticle() throws Exception {
        TextRange r = rangeOf("council cut its grant");
        vm.saveDraft(vm.draftFor(r).orElseThrow(), r, "why?", "budget", HighlightColour.PINK);
        assertTrue(Files.readString(storage.fileFor(article)).contains("why?"));

        ReaderViewModel otherReader = new ReaderViewModel();
        AnnotationsViewModel reopened = new AnnotationsViewModel(storage, otherReader, new CommandHistory(),
                new SameThreadTaskExecutor(), Clock.systemUTC());
        otherReader.show(article(dir.resolve("ferry.txt"), RAW));
        assertEquals(1, reopened.shown().annotations().size());
        assertEquals("why?", reopened.shown().annotations().get(0).note());
        assertEquals(storage.fileFor(article).toString(), reopened.shown().storageFileProperty().get().toString());
    }

    @Test
    void aSecondHighlightOfTheSameRangeRecoloursInsteadOfDoubling() {
        select("forty minutes");
        vm.highlightSelectionWithKey(1);
        vm.highlightSelectionWithKey(3);
        assertEquals(1, vm.shown().annotations().size());
        assertEquals(HighlightColour.BLUE, vm.shown().annotations().get(0).colour());
        vm.undo();
        assertEquals(HighlightColour.YELLOW, vm.shown().annotations().get(0).colour());
    }

    @Test
    void editChangesNoteTagsAndColourInOneUndoableStep() {
        select("schoolchildren");
        vm.highlightSelectionWithKey(1);
        String id = vm.shown().annotations().get(0).id();

        assertTrue(vm.edit(id, "who rode it", "school, ferry", HighlightColour.GREEN));
        AnnotationItem edited = vm.shown().annotations().get(0);
        assertEquals("who rode it", edited.note());
        assertEquals(List.of("school", "ferry"), edited.tags());
        assertEquals(HighlightColour.GREEN, edited.colour());
        TextRange r = rangeOf("schoolchildren");
        assertEquals(List.of(new Highlight(r.start(), r.end(), "annotation-green")), layer());
        assertTrue(vm.history().undoTextProperty().get().startsWith("Undo Edit"), vm.history().undoTextProperty().get());

        assertTrue(vm.undo());
        AnnotationItem back = vm.shown().annotations().get(0);
        assertEquals("", back.note());
        assertEquals(List.of(), back.tags());
        assertEquals(HighlightColour.YELLOW, back.colour());

        assertTrue(vm.redo());
        assertEquals("who rode it", vm.shown().annotations().get(0).note());
    }

    @Test
    void deleteIsUndoneAndRedone() {
        select("the bridge at Kallmark");
        vm.highlightSelectionWithKey(4);
        String id = vm.shown().annotations().get(0).id();

        assertTrue(vm.delete(id));
        assertTrue(vm.shown().annotations().isEmpty());
        assertTrue(layer().isEmpty());
        vm.undo();
        assertEquals(id, vm.shown().annotations().get(0).id());
        assertEquals(1, layer().size());
        vm.redo();
        assertTrue(vm.shown().annotations().isEmpty());
    }

    @Test
    void undoAndRedoOfAHighlight() {
        assertFalse(vm.history().canUndoProperty().get());
        select("Osterby");
        vm.highlightSelectionWithKey(2);
        assertTrue(vm.history().canUndoProperty().get());
        assertEquals("Undo Highlight “Osterby”", vm.history().undoTextProperty().get());

        assertTrue(vm.undo());
        assertTrue(vm.shown().annotations().isEmpty());
        assertTrue(vm.history().canRedoProperty().get());
        assertFalse(vm.history().canUndoProperty().get());
        assertTrue(vm.redo());
        assertEquals("Osterby", vm.shown().annotations().get(0).quote());
        assertEquals(HighlightColour.GREEN, vm.shown().annotations().get(0).colour());
    }

    @Test
    void highlightEveryOccurrenceIsOneStep() {
        TextRange ferry = rangeOf("ferry");
        int occurrences = article.text().split("ferry", -1).length - 1;
        assertTrue(occurrences > 2);
        assertTrue(vm.highlightEveryOccurrence(ferry, HighlightColour.PURPLE));
        assertEquals(occurrences, vm.shown().annotations().size());
        assertTrue(vm.shown().annotations().stream().allMatch(a -> a.quote().equals("ferry")));

        vm.undo();
        assertTrue(vm.shown().annotations().isEmpty());
        assertFalse(vm.history().canUndoProperty().get());
        vm.redo();
        assertEquals(occurrences, vm.shown().annotations().size());
    }

    @Test
    void removingHighlightsUnderASelectionIsOneStep() {
        vm.highlight(rangeOf("Villagers now"), HighlightColour.YELLOW);
        vm.highlight(rangeOf("drive forty"), HighlightColour.BLUE);
        vm.highlight(rangeOf("Ines Rask"), HighlightColour.PINK);

        assertTrue(vm.removeHighlights(rangeOf("Villagers now drive forty minutes")));
        assertEquals(List.of("Ines Rask"), vm.shown().annotations().stream().map(AnnotationItem::quote).toList());
        vm.undo();
        assertEquals(3, vm.shown().annotations().size());
    }

    @Test
    void jumpingToAnAnnotationSelectsItsPassage() {
        TextRange r = rangeOf("Ines Rask");
        vm.highlight(r, HighlightColour.YELLOW);
        reader.select(0, 0);
        assertTrue(vm.jumpTo(vm.shown().annotations().get(0)));
        assertEquals(r, reader.selectionProperty().get());
    }

    @Test
    void orphansAreListedApartAndNeverDropped() throws Exception {
        vm.highlight(rangeOf("schoolchildren, nurses and the post"), HighlightColour.GREEN);
        vm.highlight(rangeOf("Ines Rask"), HighlightColour.BLUE);

        String rewritten = RAW.replace("The ferry had carried\nschoolchildren, nurses and the post since 1952.", "Nobody minds much.");
        Path source = dir.resolve("ferry.txt");
        reader.show(article(source, rewritten));

        assertEquals(List.of("Ines Rask"), vm.shown().annotations().stream().map(AnnotationItem::quote).toList());
        assertEquals(1, vm.shown().orphans().size());
        AnnotationItem orphan = vm.shown().orphans().get(0);
        assertTrue(orphan.orphan());
        assertEquals("schoolchildren, nurses and the post", orphan.quote().replace('\n', ' '));
        assertFalse(vm.jumpTo(orphan));
        assertNotNull(vm.shown().notice().textProperty().get());
        assertTrue(vm.shown().notice().textProperty().get().contains("could not be placed"), vm.shown().notice().textProperty().get());

        // an orphan can still be edited and deleted (and that is undoable)
        assertTrue(vm.edit(orphan.id(), "gone from the text", "", HighlightColour.GREEN));
        assertEquals("gone from the text", vm.shown().orphans().get(0).note());
        assertTrue(vm.delete(orphan.id()));
        assertTrue(vm.shown().orphans().isEmpty());
        vm.undo();
        assertEquals(1, vm.shown().orphans().size());
    }

    @Test
    void aCorruptAnnotationFileIsReportedKeptAsideAndTheReaderKeepsWorking() throws Exception {
        Path file = storage.fileFor(article);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{ this is not json");
        reader.show(article(dir.resolve("ferry.txt"), RAW));

        String notice = vm.shown().notice().textProperty().get();
        assertNotNull(notice);
        assertTrue(notice.contains("could not be read") && notice.contains(".corrupt-"), notice);
        try (Stream<Path> files = Files.list(file.getParent())) {
            Path aside = files.filter(f -> f.getFileName().toString().contains(".corrupt-")).findFirst().orElseThrow();
            assertEquals("{ this is not json", Files.readString(aside));
        }
        assertTrue(vm.shown().readyProperty().get());
        assertTrue(vm.highlight(rangeOf("Osterby"), HighlightColour.YELLOW));
        assertEquals(1, vm.shown().annotations().size());

        vm.shown().notice().dismiss();
        assertNull(vm.shown().notice().textProperty().get());
    }

    @Test
    void openingAnotherArticleForgetsTheUndoHistory() throws Exception {
        vm.highlight(rangeOf("Osterby"), HighlightColour.YELLOW);
        assertTrue(vm.history().canUndoProperty().get());
        reader.show(article(dir.resolve("other.txt"), "A different story about bread.\n\nIt rose."));
        assertFalse(vm.history().canUndoProperty().get());
        assertTrue(vm.shown().annotations().isEmpty());
        assertTrue(vm.shown().storageFileProperty().get().toString().endsWith(".json"));
    }

    @Test
    void tagsAreParsedFromACommaSeparatedField() {
        assertEquals(List.of("roads", "budget", "Kabul"), NoteDraft.parseTags(" roads, budget ,, Kabul,roads "));
        assertEquals(List.of(), NoteDraft.parseTags("  "));
    }
}

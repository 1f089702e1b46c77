package org.newslens.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.WebAnnotationCodec;
import org.newslens.app.Json;
import org.newslens.app.command.CommandHistory;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.ui.annotations.AnnotationsViewModel;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.task.SameThreadTaskExecutor;

/** File ▸ Import Annotations… without the FX thread: the window shows the same report as the command line. */
class ImportViewModelTest {
    @TempDir
    Path dir;

    @Test
    void importShowsTheSummaryAndTheNotesOnTheArticleAppearInTheNotesPane() throws Exception {
        AnnotationStorage storage = new AnnotationStorage(dir.resolve("annotations"), new WebAnnotationCodec(Json.mapper()), Clock.systemUTC());
        ReaderViewModel reader = new ReaderViewModel();
        CommandHistory history = new CommandHistory();
        AnnotationsViewModel annotations = new AnnotationsViewModel(storage, reader, history, new SameThreadTaskExecutor(), Clock.systemUTC());
        ImportViewModel vm = new ImportViewModel(annotations, new SameThreadTaskExecutor(), Clock.systemUTC());
        vm.importFile(dir.resolve("x.json"));
        assertTrue(vm.reportProperty().get().get(0).startsWith("Open an article first"), vm.reportProperty().get().toString());

        Article article = new ArticleLoader().fromPlainText(dir.resolve("orchard.txt"),
                "The orchard at Hallin lost half its pear trees to frost in April.\n\nGrowers met in Brenna on Friday.\n");
        reader.show(article);
        Path file = dir.resolve("in.json");
        Files.writeString(file, """
                [{"id": "urn:x:1", "type": "Annotation", "bodyValue": "frost again",
                  "target": {"selector": {"type": "TextQuoteSelector", "exact": "lost half its pear trees"}}},
                 {"id": "urn:x:2", "type": "Annotation", "bodyValue": "about the whole piece", "target": "http://example.org/orchard"},
                 {"id": "urn:x:3", "type": "Annotation", "target": {"selector": {"type": "SvgSelector", "value": "<svg/>"}}}]
                """);
        vm.importFile(file);
        List<String> report = vm.reportProperty().get();
        assertEquals("imported 2 annotation(s) (2 new, 0 replaced): anchored exactly 1, fuzzily 0, orphaned 0,"
                + " notes on the article 1; skipped 1", report.get(0));
        assertTrue(report.get(1).startsWith("skipped urn:x:3: it selects with SvgSelector"), report.toString());
        assertEquals(1, annotations.shown().annotations().size());
        assertEquals(List.of("about the whole piece"), annotations.shown().articleNotes().stream().map(i -> i.note()).toList());
        history.undo();
        assertTrue(annotations.shown().articleNotes().isEmpty() && annotations.shown().annotations().isEmpty(), "the import is one undoable step");
    }
}

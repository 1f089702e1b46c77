package org.newslens.ui.export;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.newslens.annotation.AnnotationEditor;
import org.newslens.annotation.AnnotationReader;
import org.newslens.annotation.AnnotationStore;
import org.newslens.annotation.ImportReport;
import org.newslens.app.Json;
import org.newslens.ui.annotations.AnnotationsViewModel;
import org.newslens.ui.task.BackgroundTask;
import org.newslens.ui.task.TaskExecutor;

/**
 * File ▸ Import Annotations…: reads a W3C or Hypothesis file on a worker, imports it into the article on
 * screen as one undoable step, and reports the same lines as {@code annotate FILE import} (imported N,
 * anchored exactly / fuzzily, orphaned, notes on the article, skipped with the reason of each, warnings).
 */
public final class ImportViewModel {
    private final AnnotationsViewModel annotations;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<List<String>> report = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper();

    public ImportViewModel(AnnotationsViewModel annotations, TaskExecutor executor, Clock clock) {
        this.annotations = annotations;
        this.executor = executor;
        this.clock = clock;
    }

    /** The lines of the latest import's report (first the summary); empty before any import. */
    public ReadOnlyObjectProperty<List<String>> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public void importFile(Path file) {
        AnnotationStore store = annotations.store().orElse(null);
        if (store == null) {
            report.set(List.of("Open an article first: annotations are imported into the article on screen."));
            return;
        }
        String text = store.article().text();
        String source = AnnotationEditor.sourceOf(store);
        importing.set(true);
        BackgroundTask.of("Importing annotations", progress -> {
            try (InputStream in = Files.newInputStream(file)) {
                return new AnnotationReader(text, source, clock.instant()).read(AnnotationReader.parse(Json.mapper(), in));
            }
        }).onSuccess(read -> {
            List<String> lines = new ArrayList<>(annotations.importRead(read).map(ImportReport::lines)
                    .orElse(List.of("The article's annotations are not open; nothing was imported.")));
            if (read.annotations().isEmpty()) {
                lines.add(0, "Nothing could be imported from " + file.getFileName() + ".");
            }
            report.set(List.copyOf(lines));
        }).onFailure(error -> report.set(List.of("Could not import " + file.getFileName() + ": " + error.getMessage())))
                .onFinished(() -> importing.set(false))
                .executeWith(executor);
    }
}

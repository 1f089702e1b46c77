package org.newslens.ui.export;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.annotation.Annotation;
import org.newslens.annotation.AnnotationStore;
import org.newslens.annotation.HighlightColour;
import org.newslens.app.AtomicFiles;
import org.newslens.app.Errors;
import org.newslens.article.Article;
import org.newslens.export.ExportDocument;
import org.newslens.export.ExportFormat;
import org.newslens.export.ExportResult;
import org.newslens.export.ExportSelection;
import org.newslens.export.Exporters;
import org.newslens.export.PassageFinder;
import org.newslens.export.QueryHits;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.ui.annotations.AnnotationsViewModel;
import org.newslens.ui.task.BackgroundTask;
import org.newslens.ui.task.TaskExecutor;

/**
 * File ▸ Export…: what to export (all highlights, a colour, a tag, passages mentioning an entity or matching
 * a search, the entity list) and in which format; {@link #export(Path)} writes the file in the background
 * and reports the outcome, including what the format could not hold.
 */
public final class ExportViewModel {
    private final AnnotationsViewModel annotations;
    private final Exporters exporters;
    private final PassageFinder finder;
    private final TaskExecutor executor;
    private final Clock clock;
    private Supplier<EntityAnalysis> entities = () -> null;

    private final ObjectProperty<ExportChoice> choice = new SimpleObjectProperty<>(ExportChoice.ALL_HIGHLIGHTS);
    private final ObjectProperty<HighlightColour> colour = new SimpleObjectProperty<>(HighlightColour.YELLOW);
    private final StringProperty tag = new SimpleStringProperty("");
    private final StringProperty entity = new SimpleStringProperty("");
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.MD);
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> entityNames = FXCollections.observableArrayList();
    private final ObservableList<ExportFormat> formats = FXCollections.observableArrayList(ExportFormat.values());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ExportOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canExport;
    private final ImportViewModel importer;

    public ExportViewModel(AnnotationsViewModel annotations, Exporters exporters, PassageFinder finder,
                           TaskExecutor executor, Clock clock) {
        this.annotations = annotations;
        this.exporters = exporters;
        this.finder = finder;
        this.executor = executor;
        this.clock = clock;
        this.importer = new ImportViewModel(annotations, executor, clock);
        choice.addListener((obs, old, now) -> {
            formats.setAll(formatsFor(now));
            if (!formats.contains(format.get())) {
                format.set(formats.get(0));
            }
            validate();
        });
        tag.addListener(obs -> validate());
        entity.addListener(obs -> validate());
        query.addListener(obs -> validate());
        format.addListener(obs -> validate());
        annotations.shown().readyProperty().addListener(obs -> validate());
        // what was written belongs to the choice it was written for: another choice hides it
        for (javafx.beans.Observable o : List.of(choice, colour, tag, entity, query, format)) {
            o.addListener(obs -> {
                if (!exporting.get()) {
                    outcome.set(null);
                }
            });
        }
        canExport = Bindings.createBooleanBinding(() -> problem.get() == null && !exporting.get(), problem, exporting);
        validate();
    }

    /** File ▸ Import Annotations…, which shares this feature's article and background executor. */
    public ImportViewModel importer() {
        return importer;
    }

    /** Where the article's current (corrected) entities come from; the supplier may give null while none are known. */
    public void setEntitySource(Supplier<EntityAnalysis> source) {
        this.entities = source == null ? () -> null : source;
    }

    public static List<ExportFormat> formatsFor(ExportChoice choice) {
        return ExportFormat.formatsFor(choice.kind());
    }

    /** Refreshes the tag and entity choices from the article on screen (call when the dialog opens). */
    public void prepare() {
        TreeSet<String> allTags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        annotations.shown().annotations().forEach(a -> allTags.addAll(a.tags()));
        annotations.shown().orphans().forEach(a -> allTags.addAll(a.tags()));
        tags.setAll(allTags);
        EntityAnalysis analysis = entities.get();
        List<String> names = new ArrayList<>();
        if (analysis != null) {
            analysis.entities().stream()
                    .sorted((x, y) -> Integer.compare(y.mentions(), x.mentions()))
                    .map(Entity::name).distinct().forEach(names::add);
        }
        entityNames.setAll(names);
        if (tag.get().isBlank() && !tags.isEmpty()) {
            tag.set(tags.get(0));
        }
        outcome.set(null);
        validate();
    }

    // ---- choices

    public ObjectProperty<ExportChoice> choiceProperty() {
        return choice;
    }

    public ObjectProperty<HighlightColour> colourProperty() {
        return colour;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public StringProperty entityProperty() {
        return entity;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** Formats the current choice can be written in (the entity list: CSV and JSON only). */
    public ObservableList<ExportFormat> formats() {
        return formats;
    }

    /** Tags used in this article's highlights. */
    public ObservableList<String> tags() {
        return tags;
    }

    /** Entities of this article, most mentioned first. */
    public ObservableList<String> entityNames() {
        return entityNames;
    }

    /** Why export cannot run yet ("Type a search"), or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** The last export's outcome; null before the first. */
    public ReadOnlyObjectProperty<ExportOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** "kabul-talks-highlights.md" */
    public String suggestedFileName() {
        Article a = annotations.store().map(AnnotationStore::article).orElse(null);
        String base = a == null || a.title() == null ? "article" : slug(a.title());
        String what = switch (choice.get()) {
            case ALL_HIGHLIGHTS -> "highlights";
            case COLOUR -> colour.get().id() + "-highlights";
            case TAG -> "tag-" + slug(tag.get());
            case ENTITY -> slug(entity.get());
            case QUERY -> "search";
            case ENTITY_LIST -> "entities";
        };
        return base + "-" + what + "." + format.get().extension();
    }

    static String slug(String s) {
        String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "export" : slug;
    }

    private void validate() {
        problem.set(check());
    }

    private String check() {
        if (annotations.store().isEmpty()) {
            return "Open an article first";
        }
        return switch (choice.get()) {
            case TAG -> tag.get() == null || tag.get().isBlank() ? "Choose a tag" : null;
            case ENTITY -> entity.get() == null || entity.get().isBlank() ? "Choose an entity" : null;
            case QUERY -> query.get() == null || query.get().isBlank() ? "Type a search" : null;
            default -> null;
        };
    }

    /** The export's selection from the current choices. */
    public ExportSelection selection() {
        return switch (choice.get()) {
            case ALL_HIGHLIGHTS -> ExportSelection.highlights();
            case COLOUR -> ExportSelection.colour(colour.get());
            case TAG -> ExportSelection.tag(tag.get().strip());
            case ENTITY -> ExportSelection.entity(entity.get().strip());
            case QUERY -> ExportSelection.query(query.get().strip());
            case ENTITY_LIST -> ExportSelection.entityList();
        };
    }

    // ---- exporting

    /** Writes the export to {@code target} (atomically) in the background; the outcome arrives in {@link #outcomeProperty()}. */
    public void export(Path target) {
        validate();
        if (problem.get() != null) {
            outcome.set(ExportOutcome.failed(problem.get()));
            return;
        }
        AnnotationStore store = annotations.store().orElseThrow();
        Article article = store.article();
        List<Annotation> placed = store.annotations();
        List<Annotation> orphans = store.orphans();
        List<Annotation> articleNotes = store.articleNotes();
        EntityAnalysis known = entities.get();
        ExportSelection selection = selection();
        ExportFormat fmt = format.get();
        if (known == null && choice.get().kind().needsEntities()) {
            outcome.set(ExportOutcome.failed("The article's entities are not known yet (still being found, or recognition failed)."));
            return;
        }
        EntityAnalysis analysis = known == null ? EntityAnalysis.empty() : known;
        exporting.set(true);
        outcome.set(null);
        BackgroundTask.of("Exporting", progress -> {
            progress.update(-1, "Exporting " + selection.describe() + "…");
            ExportDocument doc = finder.find(article, placed, orphans, articleNotes, analysis, selection, clock.instant());
            ExportResult result = exporters.export(doc, fmt);
            AtomicFiles.writeUserFile(target, result.content().getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
            List<String> warnings = new ArrayList<>(result.warnings());
            if (known == null && fmt.namesPassageEntities()) {
                warnings.add("The article's entities were not known yet, so passages list no entities");
            }
            String summary = selection.kind() == ExportSelection.Kind.ENTITY_LIST
                    ? doc.entities().entities().size() + " entities"
                    : doc.passages().size() == 1 ? "1 passage" : doc.passages().size() + " passages";
            if (doc.passages().isEmpty() && selection.kind() != ExportSelection.Kind.ENTITY_LIST) {
                warnings.add(0, "Nothing matched: no " + selection.describe() + ". The file was written without passages.");
            }
            return new ExportOutcome(target, summary, warnings, null);
        }).onSuccess(outcome::set)
                .onFailure(error -> outcome.set(ExportOutcome.failed(describe(error, target))))
                .onFinished(() -> exporting.set(false))
                .executeWith(executor);
    }

    static String describe(Throwable error, Path target) {
        if (error instanceof QueryHits.BadQueryException) {
            return "The search cannot be read: " + error.getMessage();
        }
        if (error instanceof IllegalArgumentException) {
            return error.getMessage();
        }
        if (error instanceof java.io.IOException) {
            return "Could not write " + target + ": " + Errors.message(error);
        }
        return "Export failed: " + Errors.message(error);
    }
}

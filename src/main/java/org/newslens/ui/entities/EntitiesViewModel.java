package org.newslens.ui.entities;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.newslens.app.Errors;
import org.newslens.article.Article;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.EntityService;
import org.newslens.nlp.Mention;
import org.newslens.ui.reader.Highlight;
import org.newslens.ui.reader.HighlightLayers;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.state.AppEvent;
import org.newslens.ui.state.AppState;
import org.newslens.ui.task.BackgroundTask;
import org.newslens.ui.task.Latest;
import org.newslens.ui.task.TaskExecutor;

/**
 * The entities of the article being read: recognised in the background whenever the reader shows an
 * article (cached results come back at once), highlighted through the reader's {@code entities} layer per
 * visible category, and listed by category for the sidebar, filtered and sorted. Focusing an entity
 * emphasises all its mentions ({@link #FOCUS_LAYER}) and steps the reader's selection through them.
 */
public final class EntitiesViewModel {
    /** The reader layer that emphasises every mention of the focused entity. */
    public static final String FOCUS_LAYER = "entity-focus";
    public static final String FOCUS_CLASS = "entity-focus";
    /** Added to the focused entity's mention that is selected now. */
    public static final String CURRENT_CLASS = "entity-current";

    private final EntityLookup service;
    private final ReaderViewModel reader;
    private final AppState state;
    /** The article on screen's lookup and recognition: a result for an earlier article is dropped. */
    private final Latest current;
    private final ReadOnlyObjectWrapper<EntityAnalysis> analysis = new ReadOnlyObjectWrapper<>();
    /** The recogniser's own result for the article on screen, before the overlay; complete or of the parts read so far. */
    private EntityAnalysis recognised;
    private boolean complete;
    /** What the list and the reader show: {@link #analysis} or, while recognition reads the article, the parts read. */
    private EntityAnalysis shown;
    private UnaryOperator<EntityAnalysis> overlay = UnaryOperator.identity();
    private final ProgressiveRecognition recognition;
    /** Busy while the recogniser runs (not while a cached result is fetched). */
    private final RecognitionStatus status = new RecognitionStatus();
    private final Map<EntityLabel, BooleanProperty> visible = new EnumMap<>(EntityLabel.class);
    private final Map<EntityLabel, ReadOnlyIntegerWrapper> counts = new EnumMap<>(EntityLabel.class);
    private final EntityList list = new EntityList();
    private final MentionFocus focus;
    private List<EntityItem> items = List.of();
    private Map<String, EntityItem> itemsById = Map.of();

    public EntitiesViewModel(EntityService service, TaskExecutor executor, ReaderViewModel reader) {
        this(service, executor, new AppState(reader));
    }

    /** Follows corrections ({@link AppEvent.CorrectionsChanged}) and shares the focused entity through {@code state}. */
    public EntitiesViewModel(EntityService service, TaskExecutor executor, AppState state) {
        this(EntityLookup.of(service), executor, state);
    }

    /** Over any lookup (the window's is guarded against calls on the FX thread). */
    public EntitiesViewModel(EntityLookup service, TaskExecutor executor, AppState state) {
        this.service = service;
        this.state = state;
        this.reader = state.reader();
        this.current = new Latest(executor);
        this.recognition = new ProgressiveRecognition(service, executor);
        for (EntityLabel label : EntityLabel.values()) {
            SimpleBooleanProperty shown = new SimpleBooleanProperty(true);
            shown.addListener(obs -> applyEntityLayer());
            visible.put(label, shown);
            counts.put(label, new ReadOnlyIntegerWrapper());
        }
        this.focus = new MentionFocus(reader);
        focus.focusedProperty().addListener((obs, old, item) -> state.activeEntityProperty().set(item == null ? null : item.entity()));
        state.on(AppEvent.CorrectionsChanged.class, e -> reapplyOverlay());
        // An invalidation listener, not a change listener: re-opening an equal article must still re-run,
        // because showing it cleared every highlight layer.
        reader.articleProperty().addListener(obs -> articleShown(reader.getArticle()));
        articleShown(reader.getArticle());
    }

    /** Loads the recogniser's models in the background so the first article's entities come quickly. */
    public void warmUp() {
        recognition.warmUp(this::warmUpFailed);
    }

    /** As {@link #warmUp()}, once the article on screen had its cache lookup (or after {@code fallback} without one). */
    public void warmUpAfterLookup(Duration fallback) {
        recognition.warmUpAfterLookup(this::warmUpFailed, fallback);
    }

    private void warmUpFailed(Throwable error) {
        if (!status.busyProperty().get() && analysis.get() == null) {
            status.failed("Entity models could not be loaded: " + Errors.message(error));
        }
    }

    // ---- recognition

    private void articleShown(Article article) {
        current.cancel();
        recognition.cancel();
        recognised = null;
        shown = null;
        analysis.set(null);
        items = List.of();
        itemsById = Map.of();
        counts.values().forEach(c -> c.set(0));
        clearFocus();
        list.show(List.of());
        status.idle(article == null ? "" : "Looking for entities…");
        if (article == null) {
            return;
        }
        current.run(BackgroundTask.of("Entities", progress -> service.cached(article))
                .onlyWhile(() -> reader.getArticle() == article)
                .onSuccess(cached -> cached.ifPresentOrElse(this::show, () -> recognise(article)))
                .onFailure(error -> recognise(article))
                .onFinished(recognition::lookupDone));
    }

    private void recognise(Article article) {
        status.working("Finding entities…");
        recognition.start(article, () -> reader.getArticle() == article, (found, fraction) -> {
            status.progress(fraction);
            show(found, false);
            status.say(ProgressiveRecognition.partStatus(fraction, items.size(), found.mentions().size()));
        }, result -> {
            status.done();
            show(result);
        }, error -> status.failed("Entity recognition failed: " + Errors.message(error) + ". The article can still be read."));
    }

    /** Runs recognition again for the article on screen (after a failure, say). */
    public void retry() {
        articleShown(reader.getArticle());
    }

    /**
     * Lays something over every recognition result before it is shown (the reader's entity corrections);
     * call {@link #reapplyOverlay()} when what it lays over changes.
     */
    public void setOverlay(UnaryOperator<EntityAnalysis> overlay) {
        this.overlay = overlay == null ? UnaryOperator.identity() : overlay;
        reapplyOverlay();
    }

    /** Shows the article's recognition result again through the overlay (after a correction or its undo). */
    public void reapplyOverlay() {
        if (recognised != null) {
            show(recognised, complete);
        }
    }

    private void show(EntityAnalysis raw) {
        show(raw, true);
    }

    private void show(EntityAnalysis raw, boolean isComplete) {
        recognised = raw;
        complete = isComplete;
        EntityAnalysis result = overlay.apply(raw);
        counts.values().forEach(c -> c.set(0));
        Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
        for (Mention m : result.mentions()) {
            byEntity.computeIfAbsent(m.entity(), k -> new ArrayList<>()).add(m);
            counts.get(m.label()).set(counts.get(m.label()).get() + 1);
        }
        List<EntityItem> all = new ArrayList<>();
        Map<String, EntityItem> byId = new LinkedHashMap<>();
        for (Entity e : result.entities()) {
            List<Mention> mentions = byEntity.getOrDefault(e.id(), List.of());
            if (!mentions.isEmpty()) {
                EntityItem item = EntityItem.of(e, mentions);
                all.add(item);
                byId.put(e.id(), item);
            }
        }
        items = List.copyOf(all);
        itemsById = byId;
        shown = result;
        analysis.set(isComplete ? result : null);
        status.say(ProgressiveRecognition.summary(items.size(), result.mentions().size()));
        applyEntityLayer();
        focus.keep(itemsById);
        list.show(items);
    }

    /** The complete result for the article on screen, or null while there is none (the list may show parts meanwhile). */
    public ReadOnlyObjectProperty<EntityAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** Progress while the recogniser runs, a summary of what was found, or what went wrong (failed: Try again). */
    public RecognitionStatus status() {
        return status;
    }

    // ---- categories

    /** Whether the category's mentions are highlighted in the reader. */
    public BooleanProperty visibleProperty(EntityLabel label) {
        return visible.get(label);
    }

    /** Mentions of the category in the article (whatever the filter). */
    public ReadOnlyIntegerProperty countProperty(EntityLabel label) {
        return counts.get(label).getReadOnlyProperty();
    }

    private void applyEntityLayer() {
        EntityAnalysis result = shown;
        if (result == null) {
            return;
        }
        List<Highlight> highlights = new ArrayList<>();
        for (Mention m : result.mentions()) {
            if (visible.get(m.label()).get()) {
                highlights.add(new Highlight(m.start(), m.end(), CategoryStyle.styleClass(m.label())));
            }
        }
        reader.setLayer(HighlightLayers.ENTITIES, highlights);
    }

    // ---- the list

    /** The sidebar's list: its filter, its order and the categories passing the filter. */
    EntityList list() {
        return list;
    }

    // ---- focusing an entity and stepping through its mentions

    /** The focused entity and which of its mentions is selected ("2 of 5"). */
    MentionFocus mentionFocus() {
        return focus;
    }

    /** Focuses {@code item}: emphasises all its mentions and selects the first. Focusing it again keeps the place. */
    public void focus(EntityItem item) {
        if (item == null) {
            clearFocus();
            return;
        }
        EntityItem known = itemsById.get(item.entity().id());
        if (known != null) {
            focus.focus(known);
        }
    }

    /** A click on {@code item}: focuses it, or if it is already focused, steps to its next mention. */
    public void activate(EntityItem item) {
        if (focus.isFocused(item)) {
            next();
        } else {
            focus(item);
        }
    }

    /** Selects the focused entity's next mention, wrapping round after the last. */
    public void next() {
        focus.next();
    }

    /** Selects the focused entity's previous mention, wrapping round before the first. */
    public void previous() {
        focus.previous();
    }

    public void clearFocus() {
        focus.clear();
    }

    // ---- hover

    /** The mention at {@code offset} in a visible category, if any. */
    public Optional<Mention> mentionAt(int offset) {
        EntityAnalysis result = shown;
        if (result == null || offset < 0) {
            return Optional.empty();
        }
        for (Mention m : result.mentions()) {
            if (m.start() > offset) {
                break;
            }
            if (offset < m.end() && visible.get(m.label()).get()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * Tooltip text for the mention at {@code offset}: its category and canonical entity, and for figures what
     * they count; null where there is no highlighted mention.
     */
    public String describeAt(int offset) {
        Optional<Mention> hit = mentionAt(offset);
        if (hit.isEmpty()) {
            return null;
        }
        Mention m = hit.get();
        EntityItem item = itemsById.get(m.entity());
        String name = item == null ? m.text() : item.name();
        StringBuilder tip = new StringBuilder(m.label().displayName()).append(" · ").append(name);
        if (item != null && item.count() > 1) {
            tip.append("  (").append(item.count()).append(" mentions)");
        }
        if (m.label() == EntityLabel.FIGURE) {
            tip.append('\n').append(m.context() == null || m.context().isBlank()
                    ? "counts: (not stated)" : "counts: " + m.context().strip());
        }
        return tip.toString();
    }

    /** The listed entity with this id, if the current article has it. */
    public Optional<EntityItem> item(String entityId) {
        return Optional.ofNullable(itemsById.get(entityId));
    }

    /** Every entity of the current article, in the recogniser's order. */
    public List<EntityItem> items() {
        return items;
    }
}

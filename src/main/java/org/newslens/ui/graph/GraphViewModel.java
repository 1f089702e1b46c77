package org.newslens.ui.graph;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.newslens.app.AtomicFiles;
import org.newslens.app.Errors;
import org.newslens.library.CooccurrenceGraph;
import org.newslens.library.CooccurrenceGraphs;
import org.newslens.library.GraphWriter;
import org.newslens.nlp.EntityLabel;
import org.newslens.ui.state.AppEvent;
import org.newslens.ui.state.AppState;
import org.newslens.ui.task.Activity;
import org.newslens.ui.task.BackgroundTask;
import org.newslens.ui.task.Debouncer;
import org.newslens.ui.task.Latest;
import org.newslens.ui.task.TaskExecutor;

/**
 * Who appears with whom, for one article or the library: the graph computed on a worker (again when the linking
 * unit changes), the part shown under the category and minimum-weight filters, the link picked and the sentences
 * that join its two entities, export of what is shown. FX thread only; no Nodes.
 */
public final class GraphViewModel {
    /** Computes the whole graph (every category, every weight) on a worker. */
    @FunctionalInterface
    public interface GraphSource {
        CooccurrenceGraph compute(CooccurrenceGraphs settings) throws Exception;
    }

    /** A burst of changes (a folder added, corrections re-indexed) computes the graph once, this long after the last. */
    static final Duration AGAIN_AFTER = Duration.ofMillis(600);

    private final String title;
    private final GraphSource source;
    private final EvidenceReader evidenceReader;
    private final Consumer<CooccurrenceGraph.Evidence> jump;
    private final Activity computing;
    private final Latest reading;
    private final Debouncer again;
    private final List<Runnable> following = new ArrayList<>();

    private final ObservableSet<EntityLabel> categories = FXCollections.observableSet(EnumSet.of(EntityLabel.PERSON, EntityLabel.PLACE, EntityLabel.GROUP));
    private final IntegerProperty minWeight = new SimpleIntegerProperty(1);
    private final ObjectProperty<CooccurrenceGraphs.Unit> by = new SimpleObjectProperty<>(CooccurrenceGraphs.Unit.sentence);
    private final ReadOnlyObjectWrapper<CooccurrenceGraph> whole = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<VisibleGraph> visible = new ReadOnlyObjectWrapper<>(VisibleGraph.EMPTY);
    private final ReadOnlyObjectWrapper<CooccurrenceGraph.Edge> link = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper linkTitle = new ReadOnlyStringWrapper("Click a link to see the sentences that join its two entities.");
    private final ObservableList<EvidenceRow> evidence = FXCollections.observableArrayList();
    private final ObservableList<EvidenceRow> evidenceView = FXCollections.unmodifiableObservableList(evidence);

    /**
     * @param title    what the graph is of ("the library", an article's title)
     * @param reader   reads the sentences behind a link (on a worker)
     * @param jump     opens an evidence's article and selects the sentence there
     */
    GraphViewModel(String title, GraphSource source, EvidenceReader reader, TaskExecutor executor,
                   Consumer<CooccurrenceGraph.Evidence> jump) {
        this.title = title;
        this.source = source;
        this.evidenceReader = reader;
        this.jump = jump;
        this.computing = new Activity(executor);
        this.reading = new Latest(executor);
        this.again = new Debouncer(executor, AGAIN_AFTER);
        categories.addListener((SetChangeListener<EntityLabel>) c -> filter());
        minWeight.addListener(obs -> filter());
        by.addListener(obs -> compute());
    }

    /**
     * Computes the graph again, a moment after the library (articles added or removed, an article indexed again) or
     * the reader's corrections change, until {@link #close()}: what is shown follows them.
     */
    public void follow(AppState state) {
        for (Class<? extends AppEvent> type : List.of(AppEvent.LibraryChanged.class, AppEvent.IndexChanged.class,
                AppEvent.CorrectionsChanged.class)) {
            following.add(state.on(type, e -> again.trigger(this::compute)));
        }
    }

    /** Stops following the library (the window closed). */
    public void close() {
        following.forEach(Runnable::run);
        following.clear();
        again.cancel();
    }

    /** Computes the graph (again); the filters apply to it at once when it arrives. */
    public void compute() {
        CooccurrenceGraphs settings = new CooccurrenceGraphs(Set.of(), 1, by.get());
        computing.say("Finding who appears with whom…");
        computing.run(BackgroundTask.of("Who appears with whom", progress -> source.compute(settings))
                .onSuccess(graph -> {
                    whole.set(graph);
                    filter();
                })
                .onFailure(computing.failure("The graph cannot be made")));
    }

    private void filter() {
        CooccurrenceGraph graph = whole.get();
        if (graph == null) {
            return;
        }
        VisibleGraph shown = VisibleGraph.of(graph, Set.copyOf(categories), Math.max(1, minWeight.get()));
        visible.set(shown);
        if (link.get() != null && !shown.edges().contains(link.get())) {
            selectLink(null);
        }
        String capped = shown.shownOf() > shown.nodes().size() && minWeight.get() <= 1
                ? " (the " + shown.nodes().size() + " most mentioned of " + shown.shownOf() + ")" : "";
        computing.say(count(shown.nodes().size(), "entity", "entities") + capped + ", "
                + count(shown.edges().size(), "link", "links") + " by shared " + by.get() + "s");
    }

    private static String count(int n, String one, String many) {
        return n == 1 ? "1 " + one : String.format(java.util.Locale.ROOT, "%,d %s", n, many);
    }

    /** Shows the sentences (or paragraphs) joining the link's two entities; null clears the list. */
    public void selectLink(CooccurrenceGraph.Edge edge) {
        link.set(edge);
        evidence.clear();
        if (edge == null) {
            reading.cancel();
            linkTitle.set("Click a link to see the sentences that join its two entities.");
            return;
        }
        VisibleGraph shown = visible.get();
        String a = nameOf(shown, edge.source());
        String b = nameOf(shown, edge.target());
        String more = edge.evidence().size() > EvidenceReader.MAX_ROWS ? " (the first " + EvidenceReader.MAX_ROWS + ")" : "";
        linkTitle.set(a + " and " + b + ": " + count(edge.weight(), by.get().name(), by.get() + "s") + more);
        List<CooccurrenceGraph.Evidence> sentences = edge.evidence();
        reading.run(BackgroundTask.of("Reading the sentences", progress -> evidenceReader.read(sentences))
                .onSuccess(evidence::setAll)
                .onFailure(e -> linkTitle.set("The sentences cannot be read: " + Errors.message(e))));
    }

    private static String nameOf(VisibleGraph shown, String id) {
        return shown.nodes().stream().filter(n -> n.id().equals(id)).map(CooccurrenceGraph.Node::name).findFirst().orElse(id);
    }

    /** Opens the sentence's article in the reader with the sentence selected. */
    public void open(EvidenceRow row) {
        jump.accept(row.evidence());
    }

    /** Writes what is shown to {@code target} (replacing it) on a worker; the status says where it went. */
    public void export(GraphWriter.Format format, Path target) {
        CooccurrenceGraph shown = visible.get().asGraph();
        computing.start(BackgroundTask.run("Exporting the graph", progress -> {
            StringWriter out = new StringWriter();
            new GraphWriter().write(shown, format, out);
            AtomicFiles.writeUserFile(target, out.toString().getBytes(StandardCharsets.UTF_8), true);
        }).onSuccess(done -> computing.say("Saved " + target.getFileName() + " (" + count(shown.nodes().size(), "entity", "entities")
                        + ", " + count(shown.edges().size(), "link", "links") + ")"))
                .onFailure(computing.failure("The graph was not saved")));
    }

    public String title() {
        return title;
    }

    /** The categories shown (people, places and groups at first). */
    public ObservableSet<EntityLabel> categories() {
        return categories;
    }

    /** Links sharing fewer sentences are hidden. */
    public IntegerProperty minWeightProperty() {
        return minWeight;
    }

    /** Whether a link is a shared sentence or a shared paragraph. */
    public ObjectProperty<CooccurrenceGraphs.Unit> byProperty() {
        return by;
    }

    public ReadOnlyObjectProperty<VisibleGraph> visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    /** Whether the graph is being computed, and what is shown, saved or wrong. */
    public Activity activity() {
        return computing;
    }

    public ReadOnlyObjectProperty<CooccurrenceGraph.Edge> linkProperty() {
        return link.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty linkTitleProperty() {
        return linkTitle.getReadOnlyProperty();
    }

    /** The sentences of the link picked, read from their articles. */
    public ObservableList<EvidenceRow> evidence() {
        return evidenceView;
    }
}

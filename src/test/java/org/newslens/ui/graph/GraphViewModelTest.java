package org.newslens.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.article.ArticleLoader;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.library.CooccurrenceGraph;
import org.newslens.library.CooccurrenceGraphs;
import org.newslens.library.GraphWriter;
import org.newslens.library.InventedLibrary;
import org.newslens.nlp.EntityLabel;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.state.AppEvent;
import org.newslens.ui.state.AppState;
import org.newslens.ui.task.SameThreadTaskExecutor;

/** The graph window's view model over a library built in the test: filters, a link's sentences, the paragraph setting, export. */
class GraphViewModelTest {
    @TempDir
    Path dir;

    private LuceneArticleIndex index;
    private final List<CooccurrenceGraph.Evidence> jumps = new ArrayList<>();
    private GraphViewModel vm;

    @BeforeEach
    void library() throws Exception {
        Files.writeString(dir.resolve("meeting.txt"), InventedLibrary.MEETING);
        Files.writeString(dir.resolve("harbour.txt"), InventedLibrary.HARBOUR);
        index = LuceneArticleIndex.inMemory();
        InventedLibrary.fill(index, dir);
        vm = new GraphViewModel("the library", settings -> settings.of(index), new EvidenceReader(new ArticleLoader(), null),
                new SameThreadTaskExecutor(), jumps::add);
        vm.compute();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private Set<String> names() {
        return vm.visibleProperty().get().nodes().stream().map(CooccurrenceGraph.Node::name).collect(Collectors.toSet());
    }

    private CooccurrenceGraph.Edge link(String a, String b) {
        VisibleGraph g = vm.visibleProperty().get();
        for (int e = 0; e < g.edges().size(); e++) {
            Set<String> ends = Set.of(g.nodes().get(g.from()[e]).name(), g.nodes().get(g.to()[e]).name());
            if (ends.equals(Set.of(a, b))) {
                return g.edges().get(e);
            }
        }
        return null;
    }

    @Test
    void showsPeoplePlacesAndGroupsAtFirstAndFiltersByCategory() {
        assertEquals(Set.of("Maria Ortiz", "Paul Kern", "Kandor", "Port Elma", "Smith & <Sons>"), names(), "dates are off at first");
        assertTrue(vm.activity().statusProperty().get().startsWith("5 entities, "), vm.activity().statusProperty().get());
        vm.categories().remove(EntityLabel.PLACE);
        vm.categories().remove(EntityLabel.GROUP);
        assertEquals(Set.of("Maria Ortiz", "Paul Kern"), names());
        assertEquals(1, vm.visibleProperty().get().edges().size());
        vm.categories().add(EntityLabel.DATE);
        assertTrue(names().contains("Monday"));
    }

    @Test
    void minimumWeightHidesLightLinksAndTheEntitiesLeftAlone() {
        vm.minWeightProperty().set(2);
        assertEquals(Set.of("Maria Ortiz", "Paul Kern"), names());
        assertEquals(2, vm.visibleProperty().get().edges().get(0).weight());
        vm.minWeightProperty().set(3);
        assertEquals(Set.of(), names());
    }

    @Test
    void aLinkListsTheSentencesJoiningItsEntitiesAndOpensThem() {
        vm.selectLink(link("Maria Ortiz", "Paul Kern"));
        assertEquals("Maria Ortiz and Paul Kern: 2 sentences", vm.linkTitleProperty().get());
        assertEquals(Set.of("Maria Ortiz met Paul Kern in Kandor.", "Maria Ortiz was absent, Kern said."),
                vm.evidence().stream().map(EvidenceRow::text).collect(Collectors.toSet()));
        EvidenceRow first = vm.evidence().get(0);
        vm.open(first);
        assertEquals(List.of(first.evidence()), jumps);
        vm.selectLink(null);
        assertTrue(vm.evidence().isEmpty());
    }

    @Test
    void aSentenceWhoseArticleChangedSaysSo() throws Exception {
        Files.writeString(dir.resolve("harbour.txt"), "Rewritten since.");
        vm.selectLink(link("Paul Kern", "Port Elma"));
        assertEquals(List.of("(this article has changed or gone since it was indexed)"),
                vm.evidence().stream().map(EvidenceRow::text).toList());
    }

    @Test
    void hidingALinksEntityDropsThePickedLink() {
        vm.selectLink(link("Maria Ortiz", "Kandor"));
        vm.categories().remove(EntityLabel.PLACE);
        assertNull(vm.linkProperty().get());
        assertTrue(vm.evidence().isEmpty());
    }

    @Test
    void byParagraphRecomputesWithParagraphsAsEvidence() {
        vm.byProperty().set(CooccurrenceGraphs.Unit.paragraph);
        CooccurrenceGraph.Edge ortizKern = link("Maria Ortiz", "Paul Kern");
        assertEquals(3, ortizKern.weight());
        vm.selectLink(ortizKern);
        assertEquals("Maria Ortiz and Paul Kern: 3 paragraphs", vm.linkTitleProperty().get());
        assertTrue(vm.evidence().stream().anyMatch(r -> r.text().equals("Later Ortiz flew to Port Elma. Kern stayed.")));
        assertTrue(vm.activity().statusProperty().get().contains("by shared paragraphs"), vm.activity().statusProperty().get());
    }

    @Test
    void exportsWhatIsShown() throws Exception {
        vm.categories().remove(EntityLabel.GROUP);
        Path out = dir.resolve("out.csv");
        vm.export(GraphWriter.Format.csv, out);
        String csv = Files.readString(out);
        assertTrue(csv.startsWith("source,source_category,target"), csv);
        assertTrue(!csv.contains("Smith"), "hidden entities stay out: " + csv);
        assertEquals(vm.visibleProperty().get().edges().size() + 1, csv.strip().lines().count());
        assertTrue(vm.activity().statusProperty().get().startsWith("Saved out.csv"), vm.activity().statusProperty().get());
        vm.export(GraphWriter.Format.gexf, dir.resolve("out.gexf"));
        assertTrue(Files.readString(dir.resolve("out.gexf")).contains("<gexf"));
    }

    @Test
    void theGraphFollowsTheLibraryUntilTheWindowCloses() throws Exception {
        AppState state = new AppState(new ReaderViewModel());
        vm.follow(state);
        assertTrue(names().contains("Smith & <Sons>"), names().toString());
        assertTrue(index.remove(dir.resolve("shop.txt")));
        index.commit();
        assertTrue(names().contains("Smith & <Sons>"), "a snapshot until the library says it changed");
        state.publish(new AppEvent.LibraryChanged());
        assertTrue(names().stream().noneMatch(n -> n.contains("Sons")), names().toString());

        InventedLibrary.fill(index, dir);
        state.publish(new AppEvent.IndexChanged());
        assertTrue(names().contains("Smith & <Sons>"), names().toString());

        vm.close();
        index.remove(dir.resolve("shop.txt"));
        index.commit();
        state.publish(new AppEvent.CorrectionsChanged());
        assertTrue(names().contains("Smith & <Sons>"), "a closed window follows nothing");
    }
}

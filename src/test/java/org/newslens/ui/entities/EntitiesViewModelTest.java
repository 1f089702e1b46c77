package org.newslens.ui.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.article.Article;
import org.newslens.article.TextRange;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityCache;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.EntityService;
import org.newslens.nlp.Mention;
import org.newslens.ui.TestArticles;
import org.newslens.ui.reader.Highlight;
import org.newslens.ui.reader.HighlightLayers;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.task.QueuedTaskExecutor;
import org.newslens.ui.task.SameThreadTaskExecutor;
import org.newslens.ui.task.TaskExecutor;
import org.newslens.ui.task.TaskHandle;

class EntitiesViewModelTest {
    @TempDir
    Path dir;

    private final ReaderViewModel reader = new ReaderViewModel();
    private final FakeRecogniser recogniser = new FakeRecogniser()
            .knows("Vladimir Putin", EntityLabel.PERSON, "Vladimir Putin")
            .knows("Putin", EntityLabel.PERSON, "Vladimir Putin")
            .knows("Mara Lind", EntityLabel.PERSON, "Mara Lind")
            .knows("Kabul", EntityLabel.PLACE, "Kabul")
            .knows("Moscow", EntityLabel.PLACE, "Moscow")
            .knows("Taliban", EntityLabel.GROUP, "Taliban")
            .knows("2.7 million", EntityLabel.FIGURE, "2.7 million", "refugees")
            .knows("1999", EntityLabel.DATE, "1999");

    private static final Article KREMLIN = TestArticles.article("Talks",
            null,
            "Vladimir Putin flew from Moscow to Kabul in 1999.",
            "Putin met the Taliban; Mara Lind reported that 2.7 million refugees waited.",
            "In Kabul, Putin spoke briefly.");
    private static final Article HARBOUR = TestArticles.article("Harbour", null,
            "Mara Lind sailed from Moscow.");

    private EntityService service() {
        return new EntityService(recogniser, new EntityCache(dir.resolve("cache")));
    }

    private EntitiesViewModel viewModel(TaskExecutor executor) {
        return new EntitiesViewModel(service(), executor, reader);
    }

    private static List<String> names(EntityGroup group) {
        return group.items().stream().map(i -> i.name() + "=" + i.count()).toList();
    }

    private List<String> layerClassesAt(String text) {
        int at = reader.getArticle().text().indexOf(text);
        return reader.layers().classesAt(at);
    }

    private Mention mention(EntitiesViewModel vm, String entityName, int index) {
        return vm.items().stream().filter(i -> i.name().equals(entityName)).findFirst().orElseThrow().mentions().get(index);
    }

    @Test
    void entitiesOfTheShownArticleAreListedByCategoryWithCountsAndHighlighted() {
        EntitiesViewModel vm = viewModel(new SameThreadTaskExecutor());

        reader.show(KREMLIN);

        List<EntityGroup> groups = vm.list().groups();
        assertEquals(List.of(EntityLabel.PERSON, EntityLabel.PLACE, EntityLabel.GROUP, EntityLabel.FIGURE, EntityLabel.DATE),
                groups.stream().map(EntityGroup::label).toList());
        assertEquals(List.of("Vladimir Putin=3", "Mara Lind=1"), names(groups.get(0)));
        assertEquals(List.of("Kabul=2", "Moscow=1"), names(groups.get(1)));
        assertEquals(List.of("Putin"), groups.get(0).items().get(0).otherNames());
        assertEquals("refugees", groups.get(3).items().get(0).context());
        assertEquals(4, vm.countProperty(EntityLabel.PERSON).get());
        assertEquals(3, vm.countProperty(EntityLabel.PLACE).get());
        assertEquals("7 entities, 10 mentions", vm.status().textProperty().get());
        assertFalse(vm.status().busyProperty().get());

        assertEquals(List.of("entity-person"), layerClassesAt("Vladimir Putin"));
        assertEquals(List.of("entity-place"), layerClassesAt("Moscow"));
        assertEquals(List.of("entity-group"), layerClassesAt("Taliban"));
        assertEquals(List.of("entity-figure"), layerClassesAt("2.7 million"));
        assertEquals(List.of("entity-date"), layerClassesAt("1999"));
        assertEquals(List.of(), layerClassesAt("flew"));
        assertEquals(10, reader.layers().layer(HighlightLayers.ENTITIES).size());
    }

    @Test
    void aCategoryToggleShowsAndHidesOnlyThatCategorysHighlights() {
        EntitiesViewModel vm = viewModel(new SameThreadTaskExecutor());
        reader.show(KREMLIN);

        vm.visibleProperty(EntityLabel.PLACE).set(false);

        assertEquals(List.of(), layerClassesAt("Moscow"));
        assertEquals(List.of("entity-person"), layerClassesAt("Vladimir Putin"));
        assertEquals(7, reader.layers().layer(HighlightLayers.ENTITIES).size());
        assertNull(vm.describeAt(KREMLIN.text().indexOf("Moscow")));
        assertEquals(2, vm.list().groups().get(1).items().size(), "the list still shows the places");

        vm.visibleProperty(EntityLabel.PLACE).set(true);
        assertEquals(List.of("entity-place"), layerClassesAt("Moscow"));
        assertEquals(10, reader.layers().layer(HighlightLayers.ENTITIES).size());
    }

    @Test
    void theFilterMatchesNamesAliasesAndWhatFiguresCount() {
        EntitiesViewModel vm = viewModel(new SameThreadTaskExecutor());
        reader.show(KREMLIN);

        vm.list().filterProperty().set("putin");
        assertEquals(1, vm.list().groups().size());
        assertEquals(List.of("Vladimir Putin=3"), names(vm.list().groups().get(0)));

        vm.list().filterProperty().set("REFUGEE");
        assertEquals(List.of(EntityLabel.FIGURE), vm.list().groups().stream().map(EntityGroup::label).toList());

        vm.list().filterProperty().set("nobody by that name");
        assertTrue(vm.list().groups().isEmpty());

        vm.list().filterProperty().set("");
        assertEquals(5, vm.list().groups().size());
    }

    @Test
    void entitiesSortByCountOrByName() {
        EntitiesViewModel vm = viewModel(new SameThreadTaskExecutor());
        reader.show(KREMLIN);
        assertEquals(List.of("Kabul=2", "Moscow=1"), names(vm.list().groups().get(1)));
        assertEquals(List.of("Vladimir Putin=3", "Mara Lind=1"), names(vm.list().groups().get(0)));

        vm.list().sortProperty().set(EntitySort.BY_NAME);
        assertEquals(List.of("Mara Lind=1", "Vladimir Putin=3"), names(vm.list().groups().get(0)));

        vm.list().sortProperty().set(EntitySort.BY_COUNT);
        assertEquals(List.of("Vladimir Putin=3", "Mara Lind=1"), names(vm.list().groups().get(0)));
    }

    @Test
    void focusingAnEntitySelectsItsMentionsInTurnAndEmphasisesThemAll() {
        EntitiesViewModel vm = viewModel(new SameThreadTaskExecutor());
        reader.show(KREMLIN);
        EntityItem putin = vm.list().groups().get(0).items().get(0);
        List<TextRange> seen = new ArrayList<>();
        reader.onSelectionRequest(seen::add);

        vm.activate(putin);
        Mention first = mention(vm, "Vladimir Putin", 0);
        assertEquals(new TextRange(first.start(), first.end()), reader.selectionProperty().get());
        assertEquals("Vladimir Putin", reader.selectedText());
        assertEquals("1 of 3", vm.mentionFocus().positionProperty().get());
        assertEquals(List.of(EntitiesViewModel.CURRENT_CLASS, EntitiesViewModel.FOCUS_CLASS, "entity-person"),
                layerClassesAt("Vladimir Putin"));
        assertEquals(List.of(EntitiesViewModel.FOCUS_CLASS, "entity-person"), layerClassesAt("Putin met"));
        assertEquals(List.of(EntitiesViewModel.FOCUS_CLASS, "entity-person"), layerClassesAt("Putin spoke"));
        assertFalse(layerClassesAt("Mara Lind").contains(EntitiesViewModel.FOCUS_CLASS));

        vm.activate(putin);
        assertEquals("Putin", reader.selectedText());
        assertEquals(mention(vm, "Vladimir Putin", 1).start(), reader.selectionProperty().get().start());
        assertEquals("2 of 3", vm.mentionFocus().positionProperty().get());
        assertTrue(layerClassesAt("Putin met").contains(EntitiesViewModel.CURRENT_CLASS));
        assertFalse(layerClassesAt("Vladimir Putin").contains(EntitiesViewModel.CURRENT_CLASS));

        vm.next();
        assertEquals(mention(vm, "Vladimir Putin", 2).start(), reader.selectionProperty().get().start());
        vm.next();
        assertEquals("1 of 3", vm.mentionFocus().positionProperty().get(), "stepping wraps round after the last");
        vm.previous();
        assertEquals("3 of 3", vm.mentionFocus().positionProperty().get());
        assertEquals(mention(vm, "Vladimir Putin", 2).start(), reader.selectionProperty().get().start());
        assertEquals(5, seen.size(), "every step asked the reader to scroll to the mention");

        vm.focus(vm.list().groups().get(1).items().get(0));
        assertEquals("Kabul", reader.selectedText());
        assertEquals("1 of 2", vm.mentionFocus().positionProperty().get());
        assertEquals(List.of(EntitiesViewModel.CURRENT_CLASS, EntitiesViewModel.FOCUS_CLASS, "entity-place"),
                layerClassesAt("Kabul"));
        assertFalse(layerClassesAt("Putin met").contains(EntitiesViewModel.FOCUS_CLASS));

        vm.clearFocus();
        assertTrue(reader.layers().layer(EntitiesViewModel.FOCUS_LAYER).isEmpty());
        assertEquals("", vm.mentionFocus().positionProperty().get());
    }

    @Test
    void hoveringAMentionDescribesItsCategoryAndEntityAndWhatAFigureCounts() {
        EntitiesViewModel vm = viewModel(new SameThreadTaskExecutor());
        reader.show(KREMLIN);
        String text = KREMLIN.text();

        assertEquals("Person · Vladimir Putin  (3 mentions)", vm.describeAt(text.indexOf("Putin met") + 2));
        assertEquals("Figure · 2.7 million\ncounts: refugees", vm.describeAt(text.indexOf("2.7 million")));
        assertEquals("Date · 1999", vm.describeAt(text.indexOf("1999") + 3));
        assertNull(vm.describeAt(text.indexOf("flew")));
        assertNull(vm.describeAt(-1));
    }

    @Test
    void theArticleIsReadableAtOnceAndProgressShowsWhileRecognitionRuns() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        EntitiesViewModel vm = viewModel(executor);

        reader.show(KREMLIN);
        assertSame(KREMLIN, reader.getArticle());
        executor.runNext(); // the cache lookup: a miss

        assertTrue(vm.status().busyProperty().get());
        assertEquals("Finding entities…", vm.status().textProperty().get());
        assertTrue(vm.list().groups().isEmpty());
        assertEquals(1, executor.running().size());

        executor.runAll();
        assertFalse(vm.status().busyProperty().get());
        assertEquals(5, vm.list().groups().size());
        assertTrue(executor.running().isEmpty());
    }

    @Test
    void cachedEntitiesAppearWithoutRecognisingAgain() {
        viewModel(new SameThreadTaskExecutor());
        reader.show(KREMLIN);
        assertEquals(1, recogniser.runs.get());

        ReaderViewModel otherWindow = new ReaderViewModel();
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        EntitiesViewModel vm = new EntitiesViewModel(service(), executor, otherWindow);
        List<Boolean> progressShown = new ArrayList<>();
        vm.status().busyProperty().addListener((obs, old, now) -> progressShown.add(now));
        otherWindow.show(KREMLIN);
        executor.runNext();

        assertEquals(0, executor.waiting());
        assertEquals(5, vm.list().groups().size());
        assertEquals(1, recogniser.runs.get());
        assertTrue(progressShown.isEmpty(), "no progress indicator for a cached result");
    }

    @Test
    void aResultThatArrivesAfterTheReaderMovedOnIsNotShown() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        EntitiesViewModel vm = viewModel(executor);
        reader.show(KREMLIN);
        executor.runNext(); // cache miss: recognition of KREMLIN is now queued

        reader.show(HARBOUR); // the user opens another article meanwhile
        executor.runAll();

        assertSame(HARBOUR, reader.getArticle());
        assertEquals(List.of("Mara Lind=1"), names(vm.list().groups().get(0)));
        assertEquals(List.of("Moscow=1"), names(vm.list().groups().get(1)));
        assertEquals(2, vm.list().groups().size());
        assertEquals(2, reader.layers().layer(HighlightLayers.ENTITIES).size());
        for (Highlight h : reader.layers().layer(HighlightLayers.ENTITIES)) {
            assertTrue(h.end() <= HARBOUR.text().length());
        }
        assertEquals("2 entities, 2 mentions", vm.status().textProperty().get());
        assertFalse(vm.status().busyProperty().get());
    }

    @Test
    void atStartUpTheModelsLoadOnlyOnceTheArticleOnScreenWasLookedUpInTheCache() {
        service().analyseText(HARBOUR.text()); // cached by an earlier session
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        EntitiesViewModel vm = viewModel(executor);
        vm.warmUpAfterLookup(java.time.Duration.ofSeconds(3));
        reader.show(HARBOUR);
        assertEquals(List.of("Entities"), executor.running().stream().map(TaskHandle::title).toList(),
                "only the cache lookup runs: nothing takes the cores from the window's first paint");

        executor.runNewest(); // the lookup: a hit
        assertEquals("2 entities, 2 mentions", vm.status().textProperty().get());
        assertEquals(List.of("Mara Lind=1"), names(vm.list().groups().get(0)));
        assertEquals(List.of(), executor.running().stream().map(TaskHandle::title).toList(),
                "the cores draw the entities first");
        executor.runNewest(); // the pause after the lookup
        assertEquals(List.of("Loading entity models"), executor.running().stream().map(TaskHandle::title).toList(),
                "then the models load, for the next article");
        executor.runAll(); // the warm-up, then the fallback pause, which finds nothing left to start
        assertEquals(0, executor.running().size());
        assertEquals(1, recogniser.runs.get(), "recognised once, by the earlier session");
    }

    @Test
    void recognitionHoldsOneWorkerAtATimeAndOnlyTheLatestArticleWaits() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        EntitiesViewModel vm = viewModel(executor);
        vm.warmUp();
        reader.show(KREMLIN);
        executor.runNewest(); // KREMLIN's cache lookup: a miss, but the models are still loading
        assertEquals(1, executor.waiting(), "recognition waits for the model loading instead of taking a second worker");
        assertTrue(vm.status().busyProperty().get());

        reader.show(HARBOUR);
        executor.runNewest(); // HARBOUR's cache lookup: a miss too
        assertEquals(1, executor.waiting());

        executor.runAll();
        assertEquals(1, recogniser.runs.get(), "KREMLIN, no longer shown, was never recognised");
        assertEquals(List.of("Mara Lind=1"), names(vm.list().groups().get(0)));
        assertFalse(vm.status().busyProperty().get());
    }

    @Test
    void aFailureIsExplainedAndTheArticleStaysReadableUntilATryAgainWorks() {
        recogniser.failure = new IllegalStateException("Cannot load the CoreNLP models: disk on fire");
        EntitiesViewModel vm = viewModel(new SameThreadTaskExecutor());

        reader.show(KREMLIN);

        assertTrue(vm.status().failedProperty().get());
        assertFalse(vm.status().busyProperty().get());
        assertTrue(vm.status().textProperty().get().contains("disk on fire"), vm.status().textProperty().get());
        assertTrue(vm.status().textProperty().get().contains("can still be read"), vm.status().textProperty().get());
        assertSame(KREMLIN, reader.getArticle());
        assertTrue(vm.list().groups().isEmpty());
        assertTrue(reader.layers().layer(HighlightLayers.ENTITIES).isEmpty());

        recogniser.failure = null;
        vm.retry();
        assertFalse(vm.status().failedProperty().get());
        assertEquals(5, vm.list().groups().size());
    }

    private static EntityAnalysis without(EntityAnalysis a, String entityId) {
        return new EntityAnalysis(a.mentions().stream().filter(m -> !m.entity().equals(entityId)).toList(),
                a.entities().stream().filter(e -> !e.id().equals(entityId)).toList());
    }

    @Test
    void anOverlayReshapesWhatIsShownAndTheFocusSurvivesWhileItsEntityDoes() {
        EntitiesViewModel vm = viewModel(new SameThreadTaskExecutor());
        reader.show(KREMLIN);
        vm.focus(vm.item("vladimir-putin").orElseThrow());
        vm.next();
        String[] removed = {null};
        vm.setOverlay(a -> removed[0] == null ? a : without(a, removed[0]));

        removed[0] = "moscow";
        vm.reapplyOverlay();
        assertEquals(List.of("Kabul=2"), names(vm.list().groups().get(1)));
        assertEquals(List.of(), layerClassesAt("Moscow"));
        assertEquals(2, vm.countProperty(EntityLabel.PLACE).get());
        assertEquals("2 of 3", vm.mentionFocus().positionProperty().get());
        assertTrue(layerClassesAt("Putin met").contains(EntitiesViewModel.CURRENT_CLASS));

        removed[0] = "vladimir-putin";
        vm.reapplyOverlay();
        assertNull(vm.mentionFocus().focusedProperty().get());
        assertTrue(reader.layers().layer(EntitiesViewModel.FOCUS_LAYER).isEmpty());
        assertEquals(List.of("Mara Lind=1"), names(vm.list().groups().get(0)));
    }

    @Test
    void anArticleWithoutEntitiesSaysSo() {
        EntitiesViewModel vm = viewModel(new SameThreadTaskExecutor());
        reader.show(TestArticles.article("Weather", null, "It rained all day and then it stopped."));

        assertTrue(vm.list().groups().isEmpty());
        assertEquals("No people, places, groups, figures or dates found.", vm.status().textProperty().get());
        assertFalse(vm.status().failedProperty().get());
    }
}

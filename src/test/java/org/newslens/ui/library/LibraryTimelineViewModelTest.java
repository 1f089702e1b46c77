package org.newslens.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.article.ArticleLoader;
import org.newslens.article.TextRange;
import org.newslens.index.ArticleIndex;
import org.newslens.index.LibraryIndexer;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.library.LibraryTimeline;
import org.newslens.nlp.EntityLabel;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.search.SearchFixtures;
import org.newslens.ui.state.AppEvent;
import org.newslens.ui.state.AppState;
import org.newslens.ui.task.SameThreadTaskExecutor;

/** The Timeline pane over a library added from a folder here: by entity, counted, opening an article at its date. */
class LibraryTimelineViewModelTest {
    private static final String FLOOD = "Flood report\n\nKANDOR 2021-07-09 Maria Ortiz saw the water rise on Friday.";
    private static final String TALKS = "Talks resume\n\nPORT ELMA 2022-05-03 Maria Ortiz met the fishermen on Monday. "
            + "Rain is expected on Wednesday.";

    @TempDir
    Path dir;

    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final ReaderViewModel reader = new ReaderViewModel();
    private final AppState state = new AppState(reader);
    private final List<Path> opened = new ArrayList<>();
    private ArticleIndex index;
    private LibraryTimelineViewModel timeline;

    @BeforeEach
    void setUp() throws IOException {
        index = LuceneArticleIndex.open(dir.resolve("index"));
        SearchFixtures.Entities entities = SearchFixtures.Entities.news().knows(EntityLabel.DATE, "Friday")
                .knows(EntityLabel.DATE, "Monday").knows(EntityLabel.DATE, "Wednesday");
        SearchFixtures.write(dir.resolve("news"), "flood.txt", FLOOD);
        SearchFixtures.write(dir.resolve("news"), "talks.txt", TALKS);
        new LibraryIndexer(index, new ArticleLoader(), entities).addFolder(dir.resolve("news"), (d, t, c) -> { }, () -> false);
        timeline = new LibraryTimelineViewModel(index, executor, state, opened::add);
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    private List<String> whens() {
        return timeline.entries().stream().map(e -> e.when() + " " + e.time().text()).toList();
    }

    @Test
    void theLibrarysDatesInTimeOrderThenOnlyThoseNamingTheEntity() {
        timeline.shown();
        assertEquals(List.of("2021-07-09 Friday", "2022-04-27 Wednesday", "2022-05-02 Monday"), whens(),
                "each weekday placed against its own article's dateline");
        assertEquals("3 dates in 2 articles", timeline.activity().statusProperty().get());

        timeline.entityProperty().set("Maria Ortiz");
        timeline.refresh();
        assertEquals(List.of("2021-07-09 Friday", "2022-05-02 Monday"), whens());
        assertEquals("2 dates in 2 articles naming “Maria Ortiz”", timeline.activity().statusProperty().get());

        timeline.entityProperty().set("Nobody");
        timeline.refresh();
        assertEquals("No dates in sentences naming “Nobody”.", timeline.activity().statusProperty().get());
    }

    @Test
    void listedAgainOnlyWhenTheLibraryChanged() {
        timeline.shown();
        timeline.entityProperty().set("Maria Ortiz");
        timeline.shown();
        assertEquals(3, timeline.entries().size(), "nothing changed: the list stays");
        state.publish(new AppEvent.LibraryChanged());
        timeline.shown();
        assertEquals(2, timeline.entries().size());
    }

    @Test
    void choosingADateOpensItsArticleWithTheDateSelected() {
        timeline.shown();
        LibraryTimeline.Entry monday = timeline.entries().get(2);

        timeline.open(monday);
        assertEquals(List.of(monday.file()), opened);
        var article = SearchFixtures.load(monday.file());
        reader.show(article);

        int at = article.text().indexOf("Monday");
        assertEquals(new TextRange(at, at + "Monday".length()), reader.selectionProperty().get());
        assertTrue(monday.sentence().contains("met the fishermen"), monday.sentence());
    }
}

package org.newslens.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.article.Article;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.nlp.EntityLabel;

/** The library's timeline over a library built here: dates placed against each article's own date, in time order, by entity. */
class LibraryTimelineTest {
    static final String TALKS = "Talks in Kandor\n\nMaria Ortiz arrived in Kandor on Monday.\n\n"
            + "In 2019 the valley flooded. Paul Kern said talks would resume in April 2024.";
    static final String FLOOD = "Flood report\n\nKANDOR 2021-07-09 Paul Kern saw the water rise on Friday. Nobody was hurt.";
    static final String VOTE = "Port Elma elects\n\nVoters in Port Elma chose a mayor on 3 May 2022.";

    @TempDir
    Path dir;
    private LuceneArticleIndex index;

    @BeforeEach
    void fill() {
        index = LuceneArticleIndex.open(dir.resolve("index"));
        Article talks = InventedLibrary.article(dir.resolve("talks.txt"), TALKS, "2024-03-01T09:00:00Z");
        index.index(talks, new InventedLibrary.Analysis(talks.text())
                .entity(EntityLabel.PERSON, "Maria Ortiz", List.of("Ortiz"), "Maria Ortiz")
                .entity(EntityLabel.PERSON, "Paul Kern", List.of("Kern"), "Paul Kern")
                .entity(EntityLabel.PLACE, "Kandor", List.of(), "Kandor")
                .entity(EntityLabel.DATE, "Monday", List.of(), "Monday")
                .entity(EntityLabel.DATE, "2019", List.of(), "2019")
                .entity(EntityLabel.DATE, "April 2024", List.of(), "April 2024")
                .build());
        // no publication date: the dateline dates it, so "Friday" is 2021-07-09
        Article flood = InventedLibrary.article(dir.resolve("flood.txt"), FLOOD, null);
        index.index(flood, new InventedLibrary.Analysis(flood.text())
                .entity(EntityLabel.PERSON, "Paul Kern", List.of(), "Paul Kern")
                .entity(EntityLabel.DATE, "Friday", List.of(), "Friday")
                .build());
        Article vote = InventedLibrary.article(dir.resolve("vote.txt"), VOTE, null);
        index.index(vote, new InventedLibrary.Analysis(vote.text())
                .entity(EntityLabel.PLACE, "Port Elma", List.of(), "Port Elma")
                .entity(EntityLabel.DATE, "3 May 2022", List.of(), "3 May 2022")
                .build());
        // a copy of the vote article in another folder: its dates are the same dates, listed once
        index.index(InventedLibrary.article(dir.resolve("copy/vote.txt"), VOTE, null), new InventedLibrary.Analysis(vote.text())
                .entity(EntityLabel.PLACE, "Port Elma", List.of(), "Port Elma")
                .entity(EntityLabel.DATE, "3 May 2022", List.of(), "3 May 2022")
                .build());
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static List<String> lines(LibraryTimeline.Result r) {
        return r.entries().stream().map(e -> e.when() + " " + e.time().text() + " | " + e.title()).toList();
    }

    @Test
    void everyPlacedDateOfTheLibraryInTimeOrder() {
        LibraryTimeline.Result all = new LibraryTimeline(index).build("", 100, () -> false);

        assertEquals(List.of("2019 2019 | Talks in Kandor", "2021-07-09 Friday | Flood report", "2022-05-03 3 May 2022 | Port Elma elects",
                "2024-02-26 Monday | Talks in Kandor", "2024-04 April 2024 | Talks in Kandor"), lines(all));
        assertEquals(5, all.found());
        assertEquals(3, all.articles());
        LibraryTimeline.Entry friday = all.entries().get(1);
        assertEquals("KANDOR 2021-07-09 Paul Kern saw the water rise on Friday.", friday.sentence().strip());
        assertEquals(List.of("Paul Kern"), friday.names());
        assertEquals(InventedLibrary.article(dir.resolve("flood.txt"), FLOOD, null).text().indexOf("Friday"), friday.time().start());
    }

    @Test
    void filteredByAnEntityOnlyTheDatesInSentencesNamingIt() {
        assertEquals(List.of("2021-07-09 Friday | Flood report", "2024-04 April 2024 | Talks in Kandor"),
                lines(new LibraryTimeline(index).build("paul kern", 100, () -> false)));
        assertEquals(List.of("2024-02-26 Monday | Talks in Kandor"), lines(new LibraryTimeline(index).build("Ortiz", 100, () -> false)),
                "an alias finds the entity");
        assertEquals(List.of(), lines(new LibraryTimeline(index).build("Nobody Known", 100, () -> false)));
    }

    @Test
    void aLongTimelineKeepsTheEarliestDatesAndCountsTheRest() {
        LibraryTimeline.Result cut = new LibraryTimeline(index).build(null, 2, () -> false);

        assertEquals(List.of("2019 2019 | Talks in Kandor", "2021-07-09 Friday | Flood report"), lines(cut));
        assertEquals(5, cut.found());
    }
}

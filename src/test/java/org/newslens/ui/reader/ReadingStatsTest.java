package org.newslens.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadingStatsTest {

    @Test
    void countsWordsButNotLonePunctuation() {
        assertEquals(8, ReadingStats.words("“It’s people have been brutalised,” he said — 2001."));
        assertEquals(0, ReadingStats.words("  — … \n\n "));
    }

    @Test
    void readingTimeIsAtLeastOneMinuteForAnyText() {
        assertEquals(1, ReadingStats.minutes(12));
        assertEquals(4, ReadingStats.minutes(958));
        assertEquals(0, ReadingStats.minutes(0));
    }
}

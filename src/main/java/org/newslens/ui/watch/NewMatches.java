package org.newslens.ui.watch;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newslens.library.WatchResult;

/** The new matches over every watch list as the pane, its tab and the status bar tell them: a count and a line. */
public final class NewMatches {
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    NewMatches() {
    }

    /** New matches over every list. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** "3 new matches" (over every list), "No new matches", or "" before the first run. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Counts what the latest run of the lists found. */
    void count(List<WatchResult> results) {
        int fresh = results.stream().mapToInt(WatchResult::newCount).sum();
        count.set(fresh);
        summary.set(fresh == 0 ? "No new matches" : fresh + (fresh == 1 ? " new match" : " new matches"));
    }
}

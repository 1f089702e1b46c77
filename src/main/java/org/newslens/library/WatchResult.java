package org.newslens.library;

import java.util.List;

/** What one run of a watch list found: every match, new ones first, then by date (latest first). */
public record WatchResult(WatchList list, List<WatchMatch> matches) {
    public WatchResult {
        matches = List.copyOf(matches);
    }

    public List<WatchMatch> newMatches() {
        return matches.stream().filter(WatchMatch::isNew).toList();
    }

    public int newCount() {
        return (int) matches.stream().filter(WatchMatch::isNew).count();
    }

    /** "3 new matches", "1 new match", "no new matches (12 seen)". */
    public String summary() {
        int fresh = newCount();
        if (fresh == 0) {
            return matches.isEmpty() ? "no matches" : "no new matches (" + matches.size() + " seen)";
        }
        return fresh + (fresh == 1 ? " new match" : " new matches");
    }
}

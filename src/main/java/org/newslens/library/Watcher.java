package org.newslens.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newslens.index.ArticleIndex;
import org.newslens.index.ArticleMatch;
import org.newslens.index.QuerySyntaxException;
import org.newslens.index.SearchScope;

/**
 * Runs watch lists over the library: one batch search per list (each name a phrase), so a list of a thousand
 * names reads each matching article's few stored fields once. Matches are told apart by content hash; those the
 * list has not seen are new.
 */
public final class Watcher {
    private static final Comparator<WatchMatch> ORDER = Comparator.comparing((WatchMatch m) -> !m.isNew())
            .thenComparing(WatchMatch::published, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(m -> m.title() == null ? "" : m.title(), String.CASE_INSENSITIVE_ORDER);

    private final ArticleIndex index;

    public Watcher(ArticleIndex index) {
        this.index = index;
    }

    /** Runs {@code list} over the whole library; a query the parser refuses is a {@link WatchInputException}. */
    public WatchResult run(WatchList list) {
        List<String> entries = list.entries();
        List<ArticleMatch> found;
        try {
            found = index.matchEach(list.queries(), SearchScope.all());
        } catch (QuerySyntaxException e) {
            throw new WatchInputException("watch list \"" + list.name() + "\": " + e.getMessage()
                    + (list.query() == null ? "" : " (query: " + list.query() + ")"));
        }
        List<WatchMatch> matches = new ArrayList<>(found.size());
        Set<String> hashes = new HashSet<>();
        for (ArticleMatch m : found) {
            if (hashes.add(m.contentHash())) {
                matches.add(new WatchMatch(m.file(), m.contentHash(), m.title(), m.published(),
                        m.queries().stream().map(entries::get).toList(), !list.seen().contains(m.contentHash())));
            }
        }
        matches.sort(ORDER);
        return new WatchResult(list, matches);
    }

    public List<WatchResult> runAll(List<WatchList> lists) {
        return lists.stream().map(this::run).toList();
    }
}

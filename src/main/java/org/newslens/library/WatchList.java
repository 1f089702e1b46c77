package org.newslens.library;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A saved watch: one query (query-bar syntax) or a list of names, each searched as a phrase, run over the library
 * again whenever articles are added. {@code seen} holds the content hashes of the matching articles the reader has
 * seen, so that only the others count as new (a changed article has another hash and counts as new again).
 *
 * @param query the query, or null for a list of names
 * @param names the names, or empty for a query
 * @param created when it was made (ISO-8601)
 */
public record WatchList(String name, String query, List<String> names, String created, SortedSet<String> seen) {
    public WatchList {
        name = name == null ? null : name.strip();
        names = names == null ? List.of() : List.copyOf(names);
        seen = Collections.unmodifiableSortedSet(new TreeSet<>(seen == null ? List.of() : seen));
    }

    public static WatchList ofQuery(String name, String query, Instant created) {
        return new WatchList(name, query, List.of(), created.toString(), null);
    }

    public static WatchList ofNames(String name, List<String> names, Instant created) {
        return new WatchList(name, null, names, created.toString(), null);
    }

    /** "query" or "names". */
    public String kind() {
        return query != null ? "query" : "names";
    }

    /** What the reader entered: the query, or the names. */
    public List<String> entries() {
        return query != null ? List.of(query) : names;
    }

    /** The query-bar queries it runs, one per entry. */
    List<String> queries() {
        return query != null ? List.of(query) : names.stream().map(WatchNames::phrase).toList();
    }

    /** The query-bar query that finds what {@code entries} (some of this list's) match: to light their hits up in an article. */
    public String searchFor(List<String> entries) {
        return query != null ? query : String.join(" OR ", entries.stream().map(WatchNames::phrase).toList());
    }

    WatchList renamed(String newName) {
        return new WatchList(newName, query, names, created, seen);
    }

    WatchList withoutSeen(Collection<String> hashes) {
        TreeSet<String> left = new TreeSet<>(seen);
        left.removeAll(hashes);
        return new WatchList(name, query, names, created, left);
    }

    WatchList withSeen(Collection<String> hashes) {
        TreeSet<String> all = new TreeSet<>(seen);
        all.addAll(hashes);
        return new WatchList(name, query, names, created, all);
    }
}

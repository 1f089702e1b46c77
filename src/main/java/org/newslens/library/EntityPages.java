package org.newslens.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newslens.annotation.Annotation;
import org.newslens.index.ArticleIndex;
import org.newslens.index.ArticleTable;
import org.newslens.index.EntitySummary;
import org.newslens.index.LibraryArticle;

/**
 * Builds an entity's page: the totals from the tables of the articles the index finds under its names (no text read),
 * then the texts of the articles it lists.
 */
public final class EntityPages {
    /** How many co-occurring entities a page lists. */
    public static final int APPEARS_WITH = 10;
    private static final int CONTEXT = 80;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The reader's saved highlights and notes of the text with a content hash (none when there are none). */
    @FunctionalInterface
    public interface SavedNotes {
        List<Annotation> of(String contentHash);

        static SavedNotes none() {
            return hash -> List.of();
        }
    }

    private final ArticleIndex index;
    private final SavedNotes notes;

    /** Pages without the reader's notes. */
    public EntityPages(ArticleIndex index) {
        this(index, SavedNotes.none());
    }

    /** Pages with the reader's highlights and notes, read by content hash (e.g. {@code AnnotationStorage::saved}). */
    public EntityPages(ArticleIndex index, SavedNotes notes) {
        this.index = index;
        this.notes = notes;
    }

    /**
     * The page of the entity called {@code name} (its name or an alias, any case), listing every article naming it,
     * oldest first; a page without articles when none. An entity is the same across articles when its category and
     * name (any case) are: an alias known in one article finds the articles naming the entity without that alias too.
     */
    public EntityPage page(String name) {
        return page(name, 0, Integer.MAX_VALUE, false);
    }

    /**
     * The page of the entity called {@code name} listing at most {@code limit} of the articles naming it, newest first,
     * from the {@code from}th (0 for the newest): the totals (articles, mentions, first and last appearance, aliases,
     * who appears with it, the reader's notes) are over every article, the quotes and figures those of the articles
     * listed. Only the listed articles' texts are read.
     */
    public EntityPage page(String name, int from, int limit) {
        if (from < 0 || limit < 0) {
            throw new IllegalArgumentException("from and limit must not be negative: " + from + ", " + limit);
        }
        return page(name, from, limit, true);
    }

    /**
     * Adds up the tables of the articles the index finds under those names (first those naming it {@code name}, which
     * tell the entities it is, then those naming one of these entities by another name; an article read first counts
     * the entities going by {@code name} there and those already known), then reads the listed articles.
     */
    private EntityPage page(String name, int from, int limit, boolean newestFirst) {
        String wanted = EntityKey.fold(name);
        PageEvidence evidence = new PageEvidence(notes);
        PageTotals totals = new PageTotals(evidence);
        Set<String> seen = new HashSet<>();
        index.forEachTableNaming(List.of(wanted), t -> {
            if (seen.add(t.key())) {
                totals.add(t, wanted);
            }
        });
        Set<String> others = totals.otherNames(wanted);
        if (!others.isEmpty()) {
            index.forEachTableNaming(others, t -> {
                if (seen.add(t.key())) {
                    totals.add(t, null);
                }
            });
        }
        List<PageTotals.Row> rows = totals.rows(newestFirst ? PageTotals.NEWEST_FIRST : PageTotals.OLDEST_FIRST);
        int start = Math.min(from, rows.size());
        List<PageTotals.Row> listed = rows.subList(start, (int) Math.min(rows.size(), (long) start + limit));
        Map<String, PageTotals.Row> byKey = new HashMap<>();
        listed.forEach(r -> byKey.put(r.key(), r));
        Map<PageTotals.Row, EntityPage.PageArticle> read = new HashMap<>();
        java.util.function.Consumer<LibraryArticle> reading = article -> {
            PageTotals.Row row = byKey.get(ArticleTable.keyOf(article));
            if (row != null && row.contentHash.equals(article.contentHash()) && !read.containsKey(row)) {
                read.put(row, listed(article, row, evidence));
            }
        };
        if (!byKey.isEmpty() && listed.size() == rows.size()) {
            Set<String> all = new HashSet<>(others);
            all.add(wanted);
            index.forEachArticleNaming(all, reading); // every article: the same query as the tables', no lookup by key
        } else if (!byKey.isEmpty()) {
            index.forEachArticleKeyed(byKey.keySet(), reading);
        }
        String shown = totals.name();
        List<EntityPage.PageArticle> articles = listed.stream().map(r -> read.getOrDefault(r, withoutText(r))).toList();
        return new EntityPage(name.strip(), shown, totals.categories(), totals.aliases(shown), totals.mentions(), rows.size(), start,
                newestFirst, totals.appearance(false), totals.appearance(true), articles, totals.appearsWith(APPEARS_WITH),
                evidence.quotes(), evidence.figures(), evidence.notes());
    }

    /** A listed article, read: its first mention in context, its quotes and figures. */
    private static EntityPage.PageArticle listed(LibraryArticle article, PageTotals.Row row, PageEvidence evidence) {
        List<LibraryArticle.EntityAt> own = new ArrayList<>();
        for (LibraryArticle.EntityAt m : article.mentions()) {
            if (m.entity() < row.matched.length && row.matched[m.entity()]) {
                own.add(m);
            }
        }
        evidence.addListed(article, row, own);
        EntityPage.FirstMention first = own.isEmpty() ? null : firstMention(article.text(), own.get(0));
        return new EntityPage.PageArticle(row.file, row.contentHash, row.title, row.published,
                row.mentions, first, alsoIn(row));
    }

    /** A listed article whose text is gone (the library changed while the page was built). */
    private static EntityPage.PageArticle withoutText(PageTotals.Row row) {
        return new EntityPage.PageArticle(row.file, row.contentHash, row.title, row.published,
                row.mentions, null, alsoIn(row));
    }

    private static List<String> alsoIn(PageTotals.Row row) {
        return row.alsoIn.stream().sorted().toList();
    }

    /**
     * The library's name of the entity called {@code name} (its name or an alias, any case): the most mentioned
     * name of the entities going by it; null when none does. Reads only the entity lists.
     */
    public String nameOf(String name) {
        String wanted = EntityKey.fold(name);
        Map<String, Integer> names = new HashMap<>();
        index.forEachEntityListNaming(List.of(wanted), entities -> entities.stream().filter(e -> named(e, wanted))
                .forEach(e -> names.merge(e.name(), e.mentions(), Integer::sum)));
        return mostMentioned(names);
    }

    /** True when {@code e} goes by {@code folded} (its name or an alias, folded). */
    private static boolean named(EntitySummary e, String folded) {
        return EntityKey.fold(e.name()).equals(folded) || e.aliases().stream().anyMatch(a -> EntityKey.fold(a).equals(folded));
    }

    static String file(LibraryArticle article) {
        return article.file() == null ? null : article.file().toString();
    }

    /** The mention with about {@link #CONTEXT} characters around it, on one line, cut at word ends. */
    static EntityPage.FirstMention firstMention(String text, LibraryArticle.EntityAt m) {
        int room = Math.max(0, (CONTEXT - (m.end() - m.start())) / 2);
        int from = Math.max(0, m.start() - room);
        int to = Math.min(text.length(), m.end() + room);
        while (from > 0 && from < m.start() && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        while (to < text.length() && to > m.end() && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        String context = (from > 0 ? "\u2026" : "") + oneLine(text.substring(from, to))
                + (to < text.length() ? "\u2026" : "");
        return new EntityPage.FirstMention(m.start(), m.end(), text.substring(m.start(), m.end()), context);
    }

    /** {@code text} stripped, each run of white space one space. */
    static String oneLine(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }

    /** The most mentioned of the ways a name is written (an entity is the same whatever the case); null for none. */
    static String mostMentioned(Map<String, Integer> names) {
        return names.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    }
}

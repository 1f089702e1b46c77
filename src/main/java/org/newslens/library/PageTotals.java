package org.newslens.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.newslens.index.ArticleTable;
import org.newslens.index.EntitySummary;
import org.newslens.nlp.EntityLabel;

/**
 * What an entity page adds up over every article naming the entity, from the articles' tables alone (no text): the
 * entities it is, its names, categories and aliases, one row per article (date, mention count, first mention's
 * range), who appears with it, and the reader's notes touching it.
 */
final class PageTotals {
    private final Set<EntityKey> wanted = new HashSet<>();
    private final Map<String, Integer> names = new HashMap<>();
    private final CategoryTally categories = new CategoryTally();
    private final Map<String, String> aliases = new TreeMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Row> byText = new HashMap<>();
    private final Map<EntityKey, Together> together = new LinkedHashMap<>();
    private final PageEvidence evidence;

    PageTotals(PageEvidence evidence) {
        this.evidence = evidence;
    }

    /**
     * One article naming the entity: what the page lists of it before its text is read (not its table: a page of an
     * entity in thousands of articles keeps only these); {@code rank} is its place in the order.
     */
    static final class Row {
        final String file;
        final String contentHash;
        final String title;
        final String published;
        final long when;
        final boolean[] matched;
        final int mentions;
        /** The other files holding the same text (copies in other folders), counted once: in this row. */
        final List<String> alsoIn = new ArrayList<>();
        int rank;

        Row(ArticleTable table, boolean[] matched, int mentions) {
            this.file = table.file();
            this.contentHash = table.contentHash();
            this.title = table.title();
            this.published = table.published();
            this.when = table.when();
            this.matched = matched;
            this.mentions = mentions;
        }

        /** What identifies the article in the index ({@link ArticleTable#key()}). */
        String key() {
            return file != null ? "file:" + file : "text:" + contentHash;
        }

        EntityPage.Appearance appearance() {
            return new EntityPage.Appearance(file, contentHash, title, published);
        }

        /** The indexes of its entities that are the page's entity. */
        Set<Integer> matchedSet() {
            Set<Integer> out = new HashSet<>();
            for (int i = 0; i < matched.length; i++) {
                if (matched[i]) {
                    out.add(i);
                }
            }
            return out;
        }
    }

    /** The articles by date, oldest first, undated last; then by title and file. */
    static final Comparator<Row> OLDEST_FIRST = Comparator.comparingLong((Row r) -> r.when).thenComparing(PageTotals::byTitle);
    /** Newest first, undated last; then by title and file. */
    static final Comparator<Row> NEWEST_FIRST = Comparator.comparingLong((Row r) -> r.when == ArticleTable.UNDATED
            ? Long.MIN_VALUE : r.when).reversed().thenComparing(PageTotals::byTitle);

    private static int byTitle(Row a, Row b) {
        int c = String.CASE_INSENSITIVE_ORDER.compare(String.valueOf(a.title), String.valueOf(b.title));
        return c != 0 ? c : String.valueOf(a.file).compareTo(String.valueOf(b.file));
    }

    /** The folded names of the entities found so far, but {@code except}. */
    Set<String> otherNames(String except) {
        return wanted.stream().map(EntityKey::folded).filter(n -> !n.equals(except)).collect(Collectors.toSet());
    }

    /**
     * Adds what {@code table} says of the entity; with {@code discover} (a folded name), the entities going by it there
     * are the entity too.
     */
    void add(ArticleTable table, String discover) {
        List<EntitySummary> entities = table.entities();
        EntityKey[] keys = new EntityKey[entities.size()];
        for (int i = 0; i < keys.length; i++) {
            EntitySummary e = entities.get(i);
            keys[i] = EntityKey.of(e);
            if (discover != null && !wanted.contains(keys[i]) && (keys[i].folded().equals(discover) || aliasIs(e, discover))) {
                wanted.add(keys[i]);
            }
        }
        boolean[] matched = new boolean[keys.length];
        boolean any = false;
        for (int i = 0; i < keys.length; i++) {
            matched[i] = wanted.contains(keys[i]);
            any |= matched[i];
        }
        if (!any) {
            return;
        }
        Row copied = byText.get(table.contentHash());
        if (copied != null) {
            if (table.file() != null) {
                copied.alsoIn.add(table.file()); // the same text in another folder: listed on its row, counted once
            }
            return;
        }
        Set<String> ownNames = new HashSet<>();
        int listed = 0;
        for (int i = 0; i < keys.length; i++) {
            if (matched[i]) {
                EntitySummary e = entities.get(i);
                names.merge(e.name(), e.mentions(), Integer::sum);
                categories.add(e.label(), e.mentions());
                aliases.putIfAbsent(keys[i].folded(), e.name());
                ownNames.add(keys[i].folded());
                listed += e.mentions();
                for (String a : e.aliases()) {
                    String folded = EntityKey.fold(a);
                    aliases.putIfAbsent(folded, a);
                    ownNames.add(folded);
                }
            }
        }
        int own = 0;
        for (int m = 0; m < table.mentionCount(); m++) {
            int e = table.mentionEntity(m);
            if (e < keys.length && matched[e]) {
                own++;
            }
        }
        Row row = new Row(table, matched, own == 0 ? listed : own);
        rows.add(row);
        byText.put(table.contentHash(), row);
        countTogether(table, keys, matched);
        evidence.addNotes(row, table, ownNames);
    }

    private static boolean aliasIs(EntitySummary e, String folded) {
        for (String a : e.aliases()) {
            if (EntityKey.fold(a).equals(folded)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Counts the sentences and paragraphs each other named entity of the article (one count per key, however many of
     * its entities share it) shares with the entity. Only the units naming the entity are looked at.
     */
    private void countTogether(ArticleTable t, EntityKey[] keys, boolean[] matched) {
        int n = t.mentionCount();
        BitSet ownSentences = new BitSet();
        BitSet ownParagraphs = new BitSet();
        for (int m = 0; m < n; m++) {
            int e = t.mentionEntity(m);
            if (e < keys.length && matched[e]) {
                int s = t.sentenceAt(t.mentionStart(m));
                int p = t.paragraphAt(t.mentionStart(m));
                if (s >= 0) {
                    ownSentences.set(s);
                }
                if (p >= 0) {
                    ownParagraphs.set(p);
                }
            }
        }
        Map<EntityKey, Integer> firstWithKey = new HashMap<>();
        int[] canonical = new int[keys.length];
        Arrays.fill(canonical, -1);
        long[] bySentence = new long[n];
        long[] byParagraph = new long[n];
        int ns = 0;
        int np = 0;
        boolean paragraphs = t.paragraphCount() > 0;
        for (int m = 0; m < n; m++) {
            int i = t.mentionEntity(m);
            if (i >= keys.length || matched[i] || !t.entities().get(i).label().isName()) {
                continue;
            }
            int p = t.paragraphAt(t.mentionStart(m));
            boolean inParagraph = p >= 0 && ownParagraphs.get(p);
            if (!inParagraph && paragraphs) {
                continue; // a shared sentence lies in a shared paragraph
            }
            if (canonical[i] < 0) {
                int index = i;
                canonical[i] = firstWithKey.computeIfAbsent(keys[i], k -> index);
            }
            if (inParagraph) {
                byParagraph[np++] = ((long) p << 32) | canonical[i];
            }
            int s = t.sentenceAt(t.mentionStart(m));
            if (s >= 0 && ownSentences.get(s)) {
                bySentence[ns++] = ((long) s << 32) | canonical[i];
            }
        }
        if (firstWithKey.isEmpty()) {
            return;
        }
        int[] sentenceCounts = distinctPerEntity(bySentence, ns, keys.length);
        int[] paragraphCounts = distinctPerEntity(byParagraph, np, keys.length);
        for (int c : firstWithKey.values()) {
            if (sentenceCounts[c] + paragraphCounts[c] > 0) {
                Together with = together(keys[c]);
                with.sentences += sentenceCounts[c];
                with.paragraphs += paragraphCounts[c];
                with.articles++;
            }
        }
        for (int i = 0; i < keys.length; i++) {
            int c = canonical[i];
            if (c >= 0 && sentenceCounts[c] + paragraphCounts[c] > 0) {
                EntitySummary e = t.entities().get(i);
                Together with = together(keys[c]);
                with.names.merge(e.name(), e.mentions(), Integer::sum);
                with.categories.add(e.label(), e.mentions());
            }
        }
    }

    /** For (unit, entity) pairs, how many distinct units each entity is in. */
    private static int[] distinctPerEntity(long[] pairs, int n, int entities) {
        Arrays.sort(pairs, 0, n);
        int[] counts = new int[entities];
        for (int k = 0; k < n; k++) {
            if (k == 0 || pairs[k] != pairs[k - 1]) {
                counts[(int) pairs[k]]++;
            }
        }
        return counts;
    }

    private Together together(EntityKey key) {
        return together.computeIfAbsent(key, k -> new Together());
    }

    /** Every article's row in {@code order}, each ranked by its place. */
    List<Row> rows(Comparator<Row> order) {
        rows.sort(order);
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).rank = i;
        }
        return rows;
    }

    /** The most mentioned name, or null when no article names the entity. */
    String name() {
        return EntityPages.mostMentioned(names);
    }

    /** Its categories, its own first ({@link CategoryTally}). */
    List<String> categories() {
        return categories.ordered().stream().map(EntityLabel::exportName).toList();
    }

    /** Every name it goes by but {@code name}, by folded name. */
    List<String> aliases(String name) {
        return aliases.entrySet().stream().filter(e -> name == null || !e.getKey().equals(EntityKey.fold(name))).map(Map.Entry::getValue).toList();
    }

    int mentions() {
        return rows.stream().mapToInt(r -> r.mentions).sum();
    }

    /** The earliest ({@code last} false) or latest dated article, or null when none is dated. */
    EntityPage.Appearance appearance(boolean last) {
        var dated = rows.stream().filter(r -> r.when != ArticleTable.UNDATED);
        return (last ? dated.max(OLDEST_FIRST) : dated.min(OLDEST_FIRST)).map(Row::appearance).orElse(null);
    }

    /** The entities sharing most sentences, then paragraphs, with it. */
    List<EntityPage.CoEntity> appearsWith(int limit) {
        return together.values().stream()
                .sorted(Comparator.comparingInt((Together t) -> t.sentences).reversed()
                        .thenComparing(Comparator.comparingInt((Together t) -> t.paragraphs).reversed())
                        .thenComparing(t -> EntityPages.mostMentioned(t.names), String.CASE_INSENSITIVE_ORDER))
                .limit(limit)
                .map(t -> new EntityPage.CoEntity(EntityPages.mostMentioned(t.names), t.categories.main().exportName(), t.sentences, t.paragraphs, t.articles))
                .toList();
    }

    /** Another name appearing with the entity; its category as it is in the articles shared with the entity. */
    private static final class Together {
        final CategoryTally categories = new CategoryTally();
        final Map<String, Integer> names = new HashMap<>();
        int sentences;
        int paragraphs;
        int articles;
    }
}

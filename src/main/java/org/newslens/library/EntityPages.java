package org.newslens.library;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newslens.annotation.Annotation;
import org.newslens.article.TextRange;
import org.newslens.index.ArticleIndex;
import org.newslens.index.EntitySummary;
import org.newslens.index.LibraryArticle;

/** Builds an entity's page by reading the library once, one article at a time. */
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
     * The page of the entity called {@code name} (its name or an alias, any case); a page without articles when
     * none. An entity is the same across articles when its category and name (any case) are: an alias known in
     * one article finds the articles naming the entity without that alias too. Reads only the articles the index
     * finds under those names: first those naming it {@code name} (which tell the entities it is), then those
     * naming one of these entities by another name. (An article read first counts the entities going by
     * {@code name} there and those already known; one known only from a later article is not looked for in it.)
     */
    public EntityPage page(String name) {
        String wanted = EntityKey.fold(name);
        Set<EntityKey> keys = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Collector collector = new Collector(keys, new PageEvidence(notes));
        index.forEachArticleNaming(List.of(wanted), article -> {
            seen.add(article.file() + "\u0000" + article.contentHash());
            collector.add(article, wanted);
        });
        Set<String> others = keys.stream().map(EntityKey::folded).filter(n -> !n.equals(wanted)).collect(Collectors.toSet());
        if (!others.isEmpty()) {
            index.forEachArticleNaming(others, article -> {
                if (!seen.contains(article.file() + "\u0000" + article.contentHash())) {
                    collector.add(article, null);
                }
            });
        }
        return collector.page(name.strip());
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

    /** What the page adds up while the articles go by. */
    private static final class Collector {
        private final Set<EntityKey> wanted;
        private final Map<String, Integer> names = new HashMap<>();
        private final Map<String, Integer> categories = new HashMap<>();
        private final Map<String, String> aliases = new TreeMap<>();
        private final List<Dated> articles = new ArrayList<>();
        private final Map<EntityKey, Together> together = new LinkedHashMap<>();
        private final PageEvidence evidence;

        Collector(Set<EntityKey> wanted, PageEvidence evidence) {
            this.wanted = wanted;
            this.evidence = evidence;
        }

        /**
         * Adds what {@code article} says of the entity; with {@code discover} (a folded name), the entities going by
         * it there are the entity too.
         */
        void add(LibraryArticle article, String discover) {
            List<EntitySummary> entities = article.entities();
            EntityKey[] keys = new EntityKey[entities.size()];
            boolean[] matched = new boolean[keys.length];
            Set<Integer> matchedSet = new HashSet<>();
            for (int i = 0; i < keys.length; i++) {
                EntitySummary e = entities.get(i);
                keys[i] = EntityKey.of(e);
                if (discover != null && !wanted.contains(keys[i]) && (keys[i].folded().equals(discover) || aliasIs(e, discover))) {
                    wanted.add(keys[i]);
                }
            }
            for (int i = 0; i < keys.length; i++) {
                matched[i] = wanted.contains(keys[i]);
                if (matched[i]) {
                    matchedSet.add(i);
                }
            }
            if (matchedSet.isEmpty()) {
                return;
            }
            Set<String> ownNames = new HashSet<>();
            for (int i : matchedSet) {
                EntitySummary e = entities.get(i);
                names.merge(e.name(), e.mentions(), Integer::sum);
                categories.merge(e.label().exportName(), e.mentions(), Integer::sum);
                aliases.putIfAbsent(keys[i].folded(), e.name());
                ownNames.add(keys[i].folded());
                for (String a : e.aliases()) {
                    String folded = EntityKey.fold(a);
                    aliases.putIfAbsent(folded, a);
                    ownNames.add(folded);
                }
            }
            List<LibraryArticle.EntityAt> own = new ArrayList<>();
            for (LibraryArticle.EntityAt m : article.mentions()) {
                if (m.entity() < keys.length && matched[m.entity()]) {
                    own.add(m);
                }
            }
            EntityPage.FirstMention first = own.isEmpty() ? null : firstMention(article.text(), own.get(0));
            int mentions = own.isEmpty() ? matchedSet.stream().mapToInt(i -> entities.get(i).mentions()).sum() : own.size();
            EntityPage.PageArticle page = new EntityPage.PageArticle(file(article), article.contentHash(),
                    article.title(), dateOf(article), mentions, first);
            articles.add(new Dated(when(article), page));
            List<TextRange> sentences = ownSentences(article, own);
            countTogether(article, keys, matched, sentences);
            evidence.add(article, new EntityPage.Appearance(page.file(), page.sha256(), page.title(), page.published()), matchedSet, own,
                    ownNames, sentences);
        }

        private static boolean aliasIs(EntitySummary e, String folded) {
            for (String a : e.aliases()) {
                if (EntityKey.fold(a).equals(folded)) {
                    return true;
                }
            }
            return false;
        }

        /** The sentences of the paragraphs naming the entity: no other sentence can be shared with it. */
        private static List<TextRange> ownSentences(LibraryArticle article, List<LibraryArticle.EntityAt> own) {
            if (article.paragraphs().isEmpty()) {
                return Sentences.of(article.text(), List.of());
            }
            Set<TextRange> ownBlocks = new LinkedHashSet<>();
            for (LibraryArticle.EntityAt m : own) {
                int p = Sentences.indexOf(article.paragraphs(), m.start());
                if (p >= 0) {
                    ownBlocks.add(article.paragraphs().get(p));
                }
            }
            return Sentences.of(article.text(), List.copyOf(ownBlocks));
        }

        /**
         * Counts the sentences and paragraphs each other named entity of the article (one count per key, however many
         * of its entities share it) shares with the entity. Only the units naming the entity are looked at.
         */
        private void countTogether(LibraryArticle article, EntityKey[] keys, boolean[] matched, List<TextRange> sentences) {
            List<TextRange> paragraphs = article.paragraphs();
            List<LibraryArticle.EntityAt> mentions = article.mentions();
            BitSet ownSentences = new BitSet();
            BitSet ownParagraphs = new BitSet();
            for (LibraryArticle.EntityAt m : mentions) {
                if (m.entity() < keys.length && matched[m.entity()]) {
                    int s = Sentences.indexOf(sentences, m.start());
                    int p = Sentences.indexOf(paragraphs, m.start());
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
            long[] bySentence = new long[mentions.size()];
            long[] byParagraph = new long[mentions.size()];
            int ns = 0;
            int np = 0;
            for (LibraryArticle.EntityAt m : mentions) {
                int i = m.entity();
                if (i >= keys.length || matched[i] || !keys[i].label().isName()) {
                    continue;
                }
                int p = Sentences.indexOf(paragraphs, m.start());
                boolean inParagraph = p >= 0 && ownParagraphs.get(p);
                if (!inParagraph && !paragraphs.isEmpty()) {
                    continue; // a shared sentence lies in a shared paragraph
                }
                if (canonical[i] < 0) {
                    int index = i;
                    canonical[i] = firstWithKey.computeIfAbsent(keys[i], k -> index);
                }
                if (inParagraph) {
                    byParagraph[np++] = ((long) p << 32) | canonical[i];
                }
                int s = Sentences.indexOf(sentences, m.start());
                if (s >= 0 && ownSentences.get(s)) {
                    bySentence[ns++] = ((long) s << 32) | canonical[i];
                }
            }
            int[] sentenceCounts = distinctPerEntity(bySentence, ns, keys.length);
            int[] paragraphCounts = distinctPerEntity(byParagraph, np, keys.length);
            for (int c : firstWithKey.values()) {
                if (sentenceCounts[c] + paragraphCounts[c] > 0) {
                    Together t = together(keys[c]);
                    t.sentences += sentenceCounts[c];
                    t.paragraphs += paragraphCounts[c];
                    t.articles++;
                }
            }
            for (int i = 0; i < keys.length; i++) {
                int c = canonical[i];
                if (c >= 0 && sentenceCounts[c] + paragraphCounts[c] > 0) {
                    EntitySummary e = article.entities().get(i);
                    together(keys[c]).names.merge(e.name(), e.mentions(), Integer::sum);
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
            return together.computeIfAbsent(key, k -> new Together(k.label().exportName()));
        }

        EntityPage page(String query) {
            String name = mostMentioned(names);
            List<String> cats = categories.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(Map.Entry::getKey).toList();
            List<String> others = aliases.entrySet().stream().filter(e -> name == null || !e.getKey().equals(EntityKey.fold(name)))
                    .map(Map.Entry::getValue).toList();
            articles.sort(Comparator.comparing(Dated::published, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(d -> String.valueOf(d.article().title()), String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(d -> String.valueOf(d.article().file())));
            List<Dated> dated = articles.stream().filter(d -> d.published() != null).toList();
            EntityPage.Appearance first = dated.isEmpty() ? null : appearance(dated.get(0));
            EntityPage.Appearance last = dated.isEmpty() ? null : appearance(dated.get(dated.size() - 1));
            List<EntityPage.CoEntity> with = together.values().stream()
                    .sorted(Comparator.comparingInt((Together t) -> t.sentences).reversed()
                            .thenComparing(Comparator.comparingInt((Together t) -> t.paragraphs).reversed())
                            .thenComparing(t -> mostMentioned(t.names), String.CASE_INSENSITIVE_ORDER))
                    .limit(APPEARS_WITH)
                    .map(t -> new EntityPage.CoEntity(mostMentioned(t.names), t.category, t.sentences, t.paragraphs, t.articles)).toList();
            int mentions = articles.stream().mapToInt(d -> d.article().mentions()).sum();
            return new EntityPage(query, name, cats, others, mentions, first, last,
                    articles.stream().map(Dated::article).toList(), with, evidence.quotes(), evidence.figures(), evidence.notes());
        }

        private static EntityPage.Appearance appearance(Dated d) {
            return new EntityPage.Appearance(d.article().file(), d.article().sha256(), d.article().title(), d.article().published());
        }
    }

    /** When the article speaks from: its publication date, else its dateline's day (as UTC midnight); null when neither. */
    static OffsetDateTime when(LibraryArticle article) {
        return article.published() != null ? article.published()
                : article.dated() == null ? null : article.dated().atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The article's date as the page gives it: the publication date and time, else the dateline's day. */
    private static String dateOf(LibraryArticle article) {
        return article.published() != null ? article.published().toString() : article.dated() == null ? null : article.dated().toString();
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

    private record Dated(OffsetDateTime published, EntityPage.PageArticle article) {
    }

    /** The most mentioned of the ways a name is written (an entity is the same whatever the case); null for none. */
    static String mostMentioned(Map<String, Integer> names) {
        return names.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    }

    private static final class Together {
        final String category;
        final Map<String, Integer> names = new HashMap<>();
        int sentences;
        int paragraphs;
        int articles;

        Together(String category) {
            this.category = category;
        }
    }
}

package org.newslens.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.newslens.nlp.EntityLabel;

/**
 * Entity names and aliases for the query bar's completions: any word of a name may be the one being typed
 * ("put" offers "Vladimir Putin"), case and accents aside, the most mentioned entities first.
 *
 * <p>Kept up to date article by article: the totals live in memory, and Lucene's infix suggester holds one
 * entry per name (the entities going by it in its payload). Indexing an article only marks its names; the
 * next lookup rewrites those entries, so a suggestion never waits for the whole library to be read again.
 */
final class EntitySuggester implements AutoCloseable {
    private static final char LABEL_END = '\u001F';
    private static final char ENTITY_END = '\u001E';

    private final Analyzer analyzer = TextAnalyzer.folding();
    private final Map<Key, Totals> entities = new HashMap<>();
    private final Map<String, Set<Totals>> entitiesBySurface = new HashMap<>();
    private final Map<String, Contribution[]> byArticle = new HashMap<>();
    private final Set<String> changedSurfaces = new LinkedHashSet<>();
    private AnalyzingInfixSuggester suggester;

    private record Key(EntityLabel label, String name) {
    }

    /** An entity over all articles: mentions summed, and how many articles call it by each name. */
    private static final class Totals {
        final Key key;
        long mentions;
        final Map<String, Integer> surfaces = new HashMap<>(2);

        Totals(Key key) {
            this.key = key;
        }
    }

    /** What one article adds to one entity. */
    private record Contribution(Totals entity, int mentions, String[] surfaces) {
    }

    /** Sets what article {@code article} (its index key) contributes, replacing what it contributed before. */
    synchronized void put(String article, List<EntitySummary> summaries) {
        remove(article);
        Map<Key, Set<String>> names = new LinkedHashMap<>();
        Map<Key, Integer> mentions = new HashMap<>();
        for (EntitySummary e : summaries) {
            if (e.name() == null || e.name().isBlank() || e.label() == null) {
                continue;
            }
            Key key = new Key(e.label(), e.name());
            mentions.merge(key, Math.max(1, e.mentions()), Integer::sum);
            Set<String> surfaces = names.computeIfAbsent(key, k -> new LinkedHashSet<>());
            surfaces.add(e.name());
            for (String alias : e.aliases()) {
                if (alias != null && !alias.isBlank()) {
                    surfaces.add(alias);
                }
            }
        }
        if (names.isEmpty()) {
            return;
        }
        Contribution[] added = new Contribution[names.size()];
        int i = 0;
        for (Map.Entry<Key, Set<String>> e : names.entrySet()) {
            Totals entity = entities.computeIfAbsent(e.getKey(), Totals::new);
            int n = mentions.get(e.getKey());
            entity.mentions += n;
            String[] surfaces = e.getValue().toArray(String[]::new);
            for (String surface : surfaces) {
                if (entity.surfaces.merge(surface, 1, Integer::sum) == 1) {
                    entitiesBySurface.computeIfAbsent(surface, s -> new LinkedHashSet<>()).add(entity);
                }
            }
            changedSurfaces.addAll(entity.surfaces.keySet());
            added[i++] = new Contribution(entity, n, surfaces);
        }
        byArticle.put(article, added);
    }

    /** Forgets every article: what was read from an index that then proved damaged. */
    synchronized void clear() {
        entities.clear();
        entitiesBySurface.clear();
        byArticle.clear();
        changedSurfaces.clear();
    }

    /** Takes back what article {@code article} contributed. */
    synchronized void remove(String article) {
        Contribution[] old = byArticle.remove(article);
        if (old == null) {
            return;
        }
        for (Contribution c : old) {
            Totals entity = c.entity();
            entity.mentions -= c.mentions();
            changedSurfaces.addAll(entity.surfaces.keySet());
            for (String surface : c.surfaces()) {
                if (entity.surfaces.merge(surface, -1, Integer::sum) <= 0) {
                    entity.surfaces.remove(surface);
                    Set<Totals> owners = entitiesBySurface.get(surface);
                    owners.remove(entity);
                    if (owners.isEmpty()) {
                        entitiesBySurface.remove(surface);
                    }
                }
            }
            if (entity.surfaces.isEmpty()) {
                entities.remove(entity.key);
            }
        }
    }

    synchronized List<Suggestion> lookup(String prefix, int max) {
        List<Lookup.LookupResult> results;
        try {
            bringUpToDate();
            if (suggester == null) {
                return List.of();
            }
            results = suggester.lookup(prefix, max * 4, true, false);
        } catch (IOException e) {
            throw new IndexException("Cannot read the entity suggestions: " + e.getMessage(), e);
        }
        Map<Key, Suggestion> best = new LinkedHashMap<>();
        for (Lookup.LookupResult r : results) {
            String text = r.key.toString();
            for (Key key : decode(r.payload)) {
                Totals entity = entities.get(key);
                if (entity == null) {
                    continue;
                }
                Suggestion existing = best.get(key);
                boolean better = existing == null
                        || (!startsWithIgnoreCase(existing.text(), prefix) && startsWithIgnoreCase(text, prefix));
                if (better) {
                    best.put(key, new Suggestion(text, key.name(), key.label(), (int) entity.mentions, queryFor(key.name())));
                }
            }
        }
        List<Suggestion> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingInt(Suggestion::mentions).reversed());
        return ranked.subList(0, Math.min(max, ranked.size()));
    }

    /** Builds the suggester from the totals the first time, then rewrites only the entries of changed names. */
    private void bringUpToDate() throws IOException {
        if (suggester == null) {
            if (entitiesBySurface.isEmpty()) {
                return;
            }
            AnalyzingInfixSuggester fresh = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), analyzer, analyzer, 1, false, true, false);
            fresh.build(new Entries(new ArrayList<>(entitiesBySurface.keySet()).iterator()));
            suggester = fresh;
            changedSurfaces.clear();
            return;
        }
        if (changedSurfaces.isEmpty()) {
            return;
        }
        for (String surface : changedSurfaces) {
            suggester.update(new BytesRef(surface), null, weight(surface), payload(surface));
        }
        changedSurfaces.clear();
        suggester.refresh();
    }

    /** A name weighs what its most mentioned entity weighs; a name nobody goes by any more weighs 0 and names no entity. */
    private long weight(String surface) {
        long best = 0;
        for (Totals t : entitiesBySurface.getOrDefault(surface, Set.of())) {
            best = Math.max(best, t.mentions);
        }
        return best;
    }

    private BytesRef payload(String surface) {
        StringBuilder p = new StringBuilder();
        for (Totals t : entitiesBySurface.getOrDefault(surface, Set.of())) {
            p.append(t.key.label().name()).append(LABEL_END).append(t.key.name()).append(ENTITY_END);
        }
        return new BytesRef(p.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<Key> decode(BytesRef payload) {
        List<Key> out = new ArrayList<>(1);
        String p = payload.utf8ToString();
        int from = 0;
        for (int end = p.indexOf(ENTITY_END); end >= 0; from = end + 1, end = p.indexOf(ENTITY_END, from)) {
            int cut = p.indexOf(LABEL_END, from);
            out.add(new Key(EntityLabel.valueOf(p.substring(from, cut)), p.substring(cut + 1, end)));
        }
        return out;
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /** The query that finds every mention of the entity, e.g. {@code entity:"Vladimir Putin"}. */
    static String queryFor(String name) {
        return "entity:\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public synchronized void close() {
        try {
            if (suggester != null) {
                suggester.close();
            }
        } catch (IOException e) {
            throw new IndexException("Cannot close the entity suggestions: " + e.getMessage(), e);
        } finally {
            suggester = null;
            analyzer.close();
        }
    }

    /** The names, each with its weight and payload, for the first build. */
    private final class Entries implements InputIterator {
        private final Iterator<String> surfaces;
        private String current;

        Entries(Iterator<String> surfaces) {
            this.surfaces = surfaces;
        }

        @Override
        public BytesRef next() {
            current = surfaces.hasNext() ? surfaces.next() : null;
            return current == null ? null : new BytesRef(current);
        }

        @Override
        public long weight() {
            return EntitySuggester.this.weight(current);
        }

        @Override
        public BytesRef payload() {
            return EntitySuggester.this.payload(current);
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}

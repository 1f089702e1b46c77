package org.newslens.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 */
final class EntitySuggester implements AutoCloseable {
    private static final char SEPARATOR = '\u001F';

    private final Analyzer analyzer = TextAnalyzer.folding();
    private AnalyzingInfixSuggester suggester;

    private record Key(EntityLabel label, String name) {
    }

    private record Entry(String text, long weight, Key entity) {
    }

    /** Replaces the suggestions with those of {@code entities} (one summary per article an entity appears in). */
    void rebuild(List<EntitySummary> entities) {
        Map<Key, Integer> mentions = new LinkedHashMap<>();
        Map<Key, Set<String>> surfaces = new LinkedHashMap<>();
        for (EntitySummary e : entities) {
            if (e.name() == null || e.name().isBlank() || e.label() == null) {
                continue;
            }
            Key key = new Key(e.label(), e.name());
            mentions.merge(key, Math.max(1, e.mentions()), Integer::sum);
            Set<String> names = surfaces.computeIfAbsent(key, k -> new LinkedHashSet<>());
            names.add(e.name());
            for (String alias : e.aliases()) {
                if (alias != null && !alias.isBlank()) {
                    names.add(alias);
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        surfaces.forEach((key, names) -> {
            for (String name : names) {
                entries.add(new Entry(name, mentions.get(key), key));
            }
        });
        closeSuggester();
        if (entries.isEmpty()) {
            return;
        }
        try {
            AnalyzingInfixSuggester fresh = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), analyzer, analyzer, 1, false, true, false);
            fresh.build(new Entries(entries.iterator()));
            suggester = fresh;
        } catch (IOException e) {
            throw new IndexException("Cannot build the entity suggestions: " + e.getMessage(), e);
        }
    }

    List<Suggestion> lookup(String prefix, int max) {
        if (suggester == null) {
            return List.of();
        }
        List<Lookup.LookupResult> results;
        try {
            results = suggester.lookup(prefix, max * 4, true, false);
        } catch (IOException e) {
            throw new IndexException("Cannot read the entity suggestions: " + e.getMessage(), e);
        }
        Map<Key, Suggestion> best = new LinkedHashMap<>();
        for (Lookup.LookupResult r : results) {
            String payload = r.payload.utf8ToString();
            int cut = payload.indexOf(SEPARATOR);
            Key key = new Key(EntityLabel.valueOf(payload.substring(0, cut)), payload.substring(cut + 1));
            String text = r.key.toString();
            Suggestion existing = best.get(key);
            boolean better = existing == null
                    || (!startsWithIgnoreCase(existing.text(), prefix) && startsWithIgnoreCase(text, prefix));
            if (better) {
                best.put(key, new Suggestion(text, key.name(), key.label(), (int) r.value, queryFor(key.name())));
            }
        }
        return best.values().stream().limit(max).toList();
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /** The query that finds every mention of the entity, e.g. {@code entity:"Vladimir Putin"}. */
    static String queryFor(String name) {
        return "entity:\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private void closeSuggester() {
        if (suggester != null) {
            try {
                suggester.close();
            } catch (IOException e) {
                throw new IndexException("Cannot close the entity suggestions: " + e.getMessage(), e);
            } finally {
                suggester = null;
            }
        }
    }

    @Override
    public void close() {
        closeSuggester();
        analyzer.close();
    }

    private static final class Entries implements InputIterator {
        private final Iterator<Entry> entries;
        private Entry current;

        Entries(Iterator<Entry> entries) {
            this.entries = entries;
        }

        @Override
        public BytesRef next() {
            if (!entries.hasNext()) {
                current = null;
                return null;
            }
            current = entries.next();
            return new BytesRef(current.text());
        }

        @Override
        public long weight() {
            return current.weight();
        }

        @Override
        public BytesRef payload() {
            String p = current.entity().label().name() + SEPARATOR + current.entity().name();
            return new BytesRef(p.getBytes(StandardCharsets.UTF_8));
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

package org.newslens.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Runs a batch of queries and tells, for each matching article, which of them it matched: no scores, no hit
 * offsets, and each matching article's few stored fields read once, however many queries it matched.
 */
final class BatchMatcher {
    private static final Set<String> MATCH_FIELDS = Set.of(IndexFields.HASH, IndexFields.FILE, IndexFields.TITLE, IndexFields.PUBLISHED);

    private BatchMatcher() {
    }

    /** {@code queries} (a null entry matches nothing) over {@code searcher}; the matches in index order. */
    static List<ArticleMatch> match(IndexSearcher searcher, List<Query> queries) throws IOException {
        Map<Integer, BitSet> matched = new HashMap<>();
        for (int q = 0; q < queries.size(); q++) {
            if (queries.get(q) != null) {
                collect(searcher, queries.get(q), q, matched);
            }
        }
        int[] docs = matched.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        StoredFields stored = searcher.storedFields();
        List<ArticleMatch> out = new ArrayList<>(docs.length);
        for (int doc : docs) {
            Document d = stored.document(doc, MATCH_FIELDS);
            String file = d.get(IndexFields.FILE);
            out.add(new ArticleMatch(file == null ? null : Path.of(file), d.get(IndexFields.HASH), d.get(IndexFields.TITLE),
                    ArticleListing.published(d.get(IndexFields.PUBLISHED)), matched.get(doc).stream().boxed().toList()));
        }
        return out;
    }

    private static void collect(IndexSearcher searcher, Query query, int position, Map<Integer, BitSet> matched) throws IOException {
        ArticleListing.forEachMatch(searcher, query, doc -> matched.computeIfAbsent(doc, k -> new BitSet()).set(position));
    }
}

package org.newslens.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;

/**
 * Runs a parsed query and turns the best documents into hits: the character ranges each matched at (from
 * the Matches API, so a hit is a range of the text a reader sees), with paragraph number and snippet.
 */
final class HitExtractor {
    private static final int SNIPPET_WIDTH = 80;
    /** Articles whose text and paragraph table stay decoded for the next hits: about what the library view shows a few times over. */
    private static final int RECENT_HIT_ARTICLES = 500;
    private static final long RECENT_HIT_CHARS = 4_000_000;

    private final HitDocuments hitDocuments = new HitDocuments(RECENT_HIT_ARTICLES, RECENT_HIT_CHARS);

    /** The hits of {@code query} in the best {@code maxArticles} documents, best first. */
    SearchResult search(IndexSearcher searcher, String typed, Query query, int maxArticles) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ArticleSearcher.scoreMode(), 1f);
        TopDocs top = ((ArticleSearcher) searcher).top(weight, Math.max(1, maxArticles));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        StoredFields stored = searcher.storedFields();
        // Visit documents in index order: stored-field blocks and postings are then read forwards, once.
        ScoreDoc[] inDocOrder = top.scoreDocs.clone();
        Arrays.sort(inDocOrder, Comparator.comparingInt(sd -> sd.doc));
        Map<Integer, ArticleHits> byDoc = new HashMap<>();
        for (ScoreDoc sd : inDocOrder) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            List<int[]> spans = spans(weight.matches(leaf, sd.doc - leaf.docBase));
            byDoc.put(sd.doc, hits(hitDocuments.get(leaf, sd.doc, stored), sd.score, spans));
        }
        List<ArticleHits> articles = new ArrayList<>(top.scoreDocs.length);
        int total = 0;
        for (ScoreDoc sd : top.scoreDocs) {
            ArticleHits hits = byDoc.get(sd.doc);
            total += hits.hits().size();
            articles.add(hits);
        }
        return new SearchResult(typed, total, top.totalHits.value, articles);
    }

    /** The character ranges a document matched at, sorted, overlapping ranges merged. */
    private static List<int[]> spans(Matches matches) throws IOException {
        List<int[]> found = new ArrayList<>();
        if (matches == null) {
            return found;
        }
        for (String field : matches) {
            if (!IndexFields.HIT_FIELDS.contains(field)) {
                continue;
            }
            MatchesIterator it = matches.getMatches(field);
            if (it == null) {
                continue;
            }
            while (it.next()) {
                int start = it.startOffset();
                int end = it.endOffset();
                if (start >= 0 && end > start) {
                    found.add(new int[] {start, end});
                }
            }
        }
        found.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : found) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] < last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(s.clone());
            }
        }
        return merged;
    }

    private static ArticleHits hits(HitDocuments.HitDocument doc, float score, List<int[]> spans) {
        Path file = doc.file();
        String body = doc.body();
        ParagraphTable paragraphs = doc.paragraphs();
        List<SearchHit> hits = new ArrayList<>(spans.size());
        for (int[] s : spans) {
            int start = Math.min(s[0], body.length());
            int end = Math.min(s[1], body.length());
            int p = paragraphs.indexAt(start);
            int from = p >= 0 ? Math.min(paragraphs.start(p), start) : 0;
            int to = p >= 0 ? Math.max(paragraphs.end(p), end) : body.length();
            Snippet snippet = Snippet.around(body, from, to, start, end, SNIPPET_WIDTH);
            hits.add(new SearchHit(file, doc.hash(), doc.title(), start, end, body.substring(start, end),
                    p >= 0 ? paragraphs.number(p) : 0, snippet));
        }
        return new ArticleHits(file, doc.hash(), doc.title(), score, hits);
    }
}

package org.newslens.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/** An IndexSearcher that ranks with a Weight the caller already has, so the same Weight can then give each hit's Matches. */
final class ArticleSearcher extends IndexSearcher {
    private static final int TOTAL_HITS_THRESHOLD = 1000;

    ArticleSearcher(IndexReader reader) {
        super(reader);
    }

    static SearcherFactory factory() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                return new ArticleSearcher(reader);
            }
        };
    }

    static ScoreMode scoreMode() {
        return ScoreMode.TOP_SCORES;
    }

    /** The best {@code n} documents for a weight made with {@link #scoreMode()}. */
    TopDocs top(Weight weight, int n) throws IOException {
        int limit = Math.max(1, Math.min(n, getIndexReader().maxDoc()));
        TopScoreDocCollector collector = new TopScoreDocCollectorManager(limit, null, TOTAL_HITS_THRESHOLD).newCollector();
        search(getIndexReader().leaves(), weight, collector);
        return collector.topDocs();
    }
}

package org.newslens.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.newslens.app.EditDistance;

/**
 * A fuzzy term ({@code Qaida~}) found by walking the field's words and measuring each one's edit distance
 * (insertions, deletions, substitutions, adjacent transpositions), when the field has few words: then the
 * walk costs less than building Lucene's Levenshtein automata (for two edits, about a millisecond per
 * query). Over a big vocabulary (a library) the automata win, and the query becomes Lucene's own
 * {@link FuzzyQuery} (measured both ways in docs/benchmarks.md; the same hits, see ScanQueriesMatchLuceneTest).
 * Rewrites to the closest {@value #MAX_TERMS} words, closer words weighing more.
 */
final class ScanFuzzyQuery extends Query {
    static final int MAX_TERMS = 50;
    /** Above this many distinct words in the field (all segments), Lucene's automata are faster than the walk. */
    static final long MAX_SCANNED_WORDS = 8_000;

    private final Term term;
    private final int maxEdits;

    ScanFuzzyQuery(Term term, int maxEdits) {
        this.term = term;
        this.maxEdits = maxEdits;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        int[] target = term.text().codePoints().toArray();
        if (maxEdits <= 0) {
            return new TermQuery(term);
        }
        long vocabulary = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(term.field());
            vocabulary += terms == null ? 0 : terms.size() < 0 ? MAX_SCANNED_WORDS : terms.size();
        }
        if (vocabulary > MAX_SCANNED_WORDS) {
            return new FuzzyQuery(term, maxEdits, 0, MAX_TERMS, true);
        }
        Map<String, Integer> found = new HashMap<>();
        int[] scratch = new int[target.length + maxEdits + 1];
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(term.field());
            if (terms == null) {
                continue;
            }
            TermsEnum words = terms.iterator();
            for (BytesRef word = words.next(); word != null; word = words.next()) {
                int length = codePoints(word, scratch);
                if (length < 0 || Math.abs(length - target.length) > maxEdits) {
                    continue;
                }
                int distance = EditDistance.bounded(target, scratch, length, maxEdits);
                if (distance <= maxEdits) {
                    found.merge(word.utf8ToString(), distance, Math::min);
                }
            }
        }
        if (found.isEmpty()) {
            return new MatchNoDocsQuery("no word within " + maxEdits + " edits of " + term.text());
        }
        List<Map.Entry<String, Integer>> closest = new ArrayList<>(found.entrySet());
        closest.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Map.Entry<String, Integer> e : closest.subList(0, Math.min(MAX_TERMS, closest.size()))) {
            float weight = 1f - e.getValue() / (float) (target.length + 1);
            any.add(new BoostQuery(new TermQuery(new Term(term.field(), e.getKey())), weight), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /**
     * Decodes {@code word} into {@code out} when it fits; returns its length in code points, or -1 when it is
     * longer than {@code out} (too long to be within reach anyway).
     */
    private static int codePoints(BytesRef word, int[] out) {
        int n = 0;
        int i = word.offset;
        int end = word.offset + word.length;
        while (i < end) {
            if (n == out.length) {
                return -1;
            }
            int b = word.bytes[i] & 0xFF;
            int cp;
            if (b < 0x80) {
                cp = b;
                i += 1;
            } else if (b < 0xE0) {
                cp = ((b & 0x1F) << 6) | (word.bytes[i + 1] & 0x3F);
                i += 2;
            } else if (b < 0xF0) {
                cp = ((b & 0x0F) << 12) | ((word.bytes[i + 1] & 0x3F) << 6) | (word.bytes[i + 2] & 0x3F);
                i += 3;
            } else {
                cp = ((b & 0x07) << 18) | ((word.bytes[i + 1] & 0x3F) << 12) | ((word.bytes[i + 2] & 0x3F) << 6) | (word.bytes[i + 3] & 0x3F);
                i += 4;
            }
            out[n++] = cp;
        }
        return n;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(term.field())) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String field) {
        return (term.field().equals(field) ? "" : term.field() + ":") + term.text() + "~" + maxEdits;
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && term.equals(((ScanFuzzyQuery) other).term) && maxEdits == ((ScanFuzzyQuery) other).maxEdits;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), term, maxEdits);
    }
}

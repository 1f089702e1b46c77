package org.newslens.library;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An edge's evidence held as three ints a sentence (article, start, end) over one table of the articles' files and
 * hashes shared by every edge: a library's graph has about a million of them, so each {@link CooccurrenceGraph.Evidence}
 * is made only when read. Unmodifiable.
 */
final class EvidenceList extends AbstractList<CooccurrenceGraph.Evidence> implements RandomAccess {
    /** The articles evidence points into: {@code files.get(i)} and {@code hashes.get(i)} are article i's. */
    record Articles(List<String> files, List<String> hashes) {
    }

    private final Articles articles;
    private final int[] triples;
    private final int offset;
    private final int size;

    /** The run's pieces of evidence, three ints each, of an array other edges' runs share. */
    EvidenceList(Articles articles, EdgeTable.EvidenceRun run) {
        this.articles = articles;
        this.triples = run.triples();
        this.offset = run.offset();
        this.size = run.size();
    }

    @Override
    public CooccurrenceGraph.Evidence get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int at = 3 * (offset + index);
        int article = triples[at];
        return new CooccurrenceGraph.Evidence(articles.files().get(article), articles.hashes().get(article), triples[at + 1], triples[at + 2]);
    }

    @Override
    public int size() {
        return size;
    }
}

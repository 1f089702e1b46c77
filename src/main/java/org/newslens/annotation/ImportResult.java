package org.newslens.annotation;

/**
 * What an import did: new annotations, ones that replaced an earlier copy (same id), and how each was
 * placed: exactly (at its offsets or by its exact quote), fuzzily (quote and context close enough), left
 * unplaced (orphans, kept and listed) or kept as notes on the whole article.
 */
public record ImportResult(int added, int replaced, int orphans, int exact, int fuzzy, int articleNotes) {
    public ImportResult(int added, int replaced, int orphans) {
        this(added, replaced, orphans, 0, 0, 0);
    }

    public int total() {
        return added + replaced;
    }
}

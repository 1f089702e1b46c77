package org.newslens.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Leaves a wide position gap at each paragraph start so phrase and proximity queries stay inside one paragraph. */
final class ParagraphGapFilter extends TokenFilter {
    static final int GAP = 100;

    private final int[] paragraphStarts;
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private int next;
    private boolean first;

    ParagraphGapFilter(TokenStream in, int[] paragraphStarts) {
        super(in);
        this.paragraphStarts = paragraphStarts.clone();
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        boolean crossed = false;
        while (next < paragraphStarts.length && paragraphStarts[next] <= offset.startOffset()) {
            next++;
            crossed = true;
        }
        if (crossed && !first) {
            posInc.setPositionIncrement(posInc.getPositionIncrement() + GAP);
        }
        first = false;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        next = 0;
        first = true;
    }
}

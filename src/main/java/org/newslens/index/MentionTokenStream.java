package org.newslens.index;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * An entity field's tokens: the words of every name a mention goes by, each carrying the mention's own
 * character range, so a match on {@code entity:"United States"} lands on the text "US" where it stands.
 */
final class MentionTokenStream extends TokenStream {

    /** One word of one name of one mention. */
    record Token(String term, int start, int end, int positionIncrement) {
    }

    private final List<Token> tokens;
    private final int textLength;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private int next;

    MentionTokenStream(List<Token> tokens, int textLength) {
        this.tokens = List.copyOf(tokens);
        this.textLength = textLength;
    }

    @Override
    public boolean incrementToken() {
        if (next >= tokens.size()) {
            return false;
        }
        clearAttributes();
        Token t = tokens.get(next++);
        term.setEmpty().append(t.term());
        offset.setOffset(t.start(), t.end());
        posInc.setPositionIncrement(t.positionIncrement());
        return true;
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        offset.setOffset(textLength, textLength);
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = 0;
    }
}

package org.newslens.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newslens.article.TextRange;

class WordSnapTest {
    private static final String TEXT = "The action over the bridge stalled. Instead, the council didn't vote on 3.5 or 1,200 ex-ministers.";

    /** The snapped text of the selection {@code [start, end)} of TEXT. */
    private static String snapped(int start, int end) {
        TextRange r = WordSnap.snap(TEXT, start, end);
        return TEXT.substring(r.start(), r.end());
    }

    private static int at(String s) {
        return TEXT.indexOf(s);
    }

    @Test
    void aDragFromInsideAWordToInsideAnotherTakesBothWholeWords() {
        // "ction over the bridge stalled. Instead, t"
        int start = at("action") + 1;
        int end = at("the council") + 1;
        assertEquals("ction over the bridge stalled. Instead, t", TEXT.substring(start, end));
        assertEquals("action over the bridge stalled. Instead, the", snapped(start, end));
    }

    @Test
    void wholeWordsAndPunctuationAtTheEdgesStayAsSelected() {
        int start = at("over");
        int end = at("stalled.") + "stalled.".length();
        assertEquals("over the bridge stalled.", snapped(start, end));
        assertEquals("bridge", snapped(at("bridge"), at("bridge") + 6));
    }

    @Test
    void whiteSpaceAtTheEdgesIsDropped() {
        assertEquals("over the", snapped(at("over") - 1, at("over the") + 9));
    }

    @Test
    void aCommaBeforeAndAnOpeningQuoteAfterAreLeftOut() {
        String said = "Al Qaeda, he said, was the heart of “the vision” for them.";
        int from = said.indexOf(", was");
        int to = said.indexOf("“") + 1;
        TextRange r = WordSnap.snap(said, from, to);
        assertEquals("was the heart of", said.substring(r.start(), r.end()));
        int end = said.indexOf("vision”") + "vision”".length();
        TextRange quoted = WordSnap.snap(said, said.indexOf("“"), end);
        assertEquals("“the vision”", said.substring(quoted.start(), quoted.end()));
    }

    @Test
    void aPartOfOneWordBecomesTheWord() {
        assertEquals("council", snapped(at("council") + 2, at("council") + 4));
        assertEquals("didn't", snapped(at("didn't") + 1, at("didn't") + 3));
        assertEquals("didn't", snapped(at("didn't") + 4, at("didn't") + 5));
    }

    @Test
    void numbersKeepTheirPointsAndCommasButHyphensAreEdges() {
        assertEquals("3.5", snapped(at("3.5") + 2, at("3.5") + 3));
        assertEquals("1,200", snapped(at("1,200"), at("1,200") + 2));
        assertEquals("ministers", snapped(at("ministers") + 1, at("ministers") + 4));
        assertEquals("ex-ministers", snapped(at("ex-") + 1, at("ministers") + 2));
    }

    @Test
    void aBackwardSelectionAndTheTextsEdgesAreHandled() {
        assertEquals("The action", snapped(at("action") + 3, 1));
        int len = TEXT.length();
        assertEquals("ministers.", snapped(at("ministers") + 3, len));
        assertEquals(new TextRange(5, 5), WordSnap.snap(TEXT, 5, 5));
        assertEquals(new TextRange(3, 4), WordSnap.snap(TEXT, 3, 4), "only a space: left alone");
    }
}

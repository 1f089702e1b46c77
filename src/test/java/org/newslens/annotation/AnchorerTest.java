package org.newslens.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class AnchorerTest {
    private static final String OLD = "The council met on Tuesday. After a long debate the members voted to close the old bridge "
            + "for repairs. Traffic will be diverted through the market square until spring. Residents were not pleased.";
    private final Anchorer anchorer = new Anchorer();

    private static Anchoring anchorIn(String newText, String quote) {
        int start = OLD.indexOf(quote);
        return new Anchorer().anchor(new TextPositionSelector(start, start + quote.length()),
                TextQuoteSelector.of(OLD, start, start + quote.length()), newText);
    }

    @Test
    void unchangedTextKeepsThePosition() {
        Anchoring a = anchorIn(OLD, "close the old bridge");
        assertEquals(Anchoring.Method.POSITION, a.method());
        assertEquals(OLD.indexOf("close the old bridge"), a.start());
    }

    @Test
    void textInsertedBeforeThePassageIsFoundByQuote() {
        String changed = "UPDATED: " + OLD;
        Anchoring a = anchorIn(changed, "close the old bridge");
        assertEquals(Anchoring.Method.QUOTE, a.method());
        assertEquals("close the old bridge", changed.substring(a.start(), a.end()));
    }

    @Test
    void textDeletedBeforeThePassageIsFoundByQuote() {
        String changed = OLD.replace("The council met on Tuesday. ", "");
        Anchoring a = anchorIn(changed, "diverted through the market square");
        assertEquals("diverted through the market square", changed.substring(a.start(), a.end()));
    }

    @Test
    void aSmallEditInsideThePassageIsFoundFuzzily() {
        String changed = "Breaking. " + OLD.replace("close the old bridge for repairs", "close the old bridge for urgent repairs");
        Anchoring a = anchorIn(changed, "voted to close the old bridge for repairs");
        assertEquals(Anchoring.Method.FUZZY, a.method());
        String found = changed.substring(a.start(), a.end());
        assertEquals(changed.indexOf("voted to close"), a.start(), found);
        assertEquals(changed.indexOf("urgent repairs") + "urgent repairs".length(), a.end(), found);
    }

    @Test
    void aTypoFixedInsideThePassageIsFoundFuzzily() {
        String old = OLD.replace("Traffic will be", "Trafic will be");
        int start = old.indexOf("Trafic will be diverted");
        TextQuoteSelector quote = TextQuoteSelector.of(old, start, start + "Trafic will be diverted".length());
        Anchoring a = anchorer.anchor(new TextPositionSelector(start, start + quote.exact().length()), quote, "Intro. " + OLD);
        assertEquals(Anchoring.Method.FUZZY, a.method());
        assertEquals("Traffic will be diverted", ("Intro. " + OLD).substring(a.start(), a.end()));
    }

    @Test
    void ofSeveralExactOccurrencesTheOneWithMatchingContextWins() {
        String text = "the bridge is old. Later, the bridge is closed. Finally the bridge is gone.";
        int second = text.indexOf("the bridge", 10);
        TextQuoteSelector quote = TextQuoteSelector.of(text, second, second + 10);
        String changed = "the bridge was new. " + text;
        Anchoring a = anchorer.anchor(new TextPositionSelector(second, second + 10), quote, changed);
        assertEquals(changed.indexOf("Later, the bridge") + "Later, ".length(), a.start());
    }

    @Test
    void aWordDeletedInsideThePassageIsFoundFuzzily() {
        String changed = "Note: " + OLD.replace("After a long debate the members", "After a debate the members");
        Anchoring a = anchorIn(changed, "After a long debate the members voted");
        assertEquals(Anchoring.Method.FUZZY, a.method());
        assertEquals("After a debate the members voted", changed.substring(a.start(), a.end()));
    }

    @Test
    void editsRightAroundThePassageStillFindItByQuote() {
        String changed = OLD.replace("Residents were not pleased.", "Residents, asked on Wednesday, were angry.")
                .replace("The council met on Tuesday.", "The town council met late on Tuesday evening.");
        Anchoring a = anchorIn(changed, "Traffic will be diverted through the market square until spring.");
        assertEquals(Anchoring.Method.QUOTE, a.method());
        assertEquals("Traffic will be diverted through the market square until spring.", changed.substring(a.start(), a.end()));
    }

    @Test
    void aReplacedWordIsPlacedByItsContextButNotWithoutIt() {
        String replaced = OLD.replace("old bridge", "old tunnel");
        Anchoring a = anchorIn(replaced, "bridge");
        assertEquals("tunnel", replaced.substring(a.start(), a.end()), "same place, prefix and suffix unchanged");

        String rewritten = OLD.replace("close the old bridge for repairs", "shut the tunnel");
        assertFalse(anchorIn(rewritten, "bridge").placed(), "a short quote is not guessed once its context is gone too");
    }

    @Test
    void aDeletedPassageIsAnOrphan() {
        String changed = OLD.replace("Traffic will be diverted through the market square until spring. ", "");
        Anchoring a = anchorIn(changed, "diverted through the market square");
        assertFalse(a.placed());
        assertEquals(Anchoring.Method.ORPHAN, a.method());
    }

    @Test
    void aRewrittenPassageBetweenUnchangedContextIsPlacedThere() {
        String quote = "the members voted";
        String changed = OLD.replace("the members voted", "councillors chose");
        Anchoring a = anchorIn(changed, quote);
        assertEquals("councillors chose", changed.substring(a.start(), a.end()));
    }

    /** Quotes (with their context) taken from other documents: near-identical words here must not attract them. */
    @Test
    void quotesFromOtherDocumentsBecomeOrphansNotHighlightsOnOtherWords() {
        String text = "One speaker called the town an nation of drivers. The mayor said the bridge will reopen in spring, "
                + "and the members voted to keep the market square closed to traffic.";
        record Foreign(String exact, String prefix, String suffix) {
        }
        for (Foreign f : java.util.List.of(
                new Foreign("anotation", "this is an ", " that has some"),
                new Foreign("the members voted to close", "After a long debate ", " the old bridge for repairs"),
                new Foreign("the bridge will re-open", "Officials said that ", " once inspections end"),
                new Foreign("the market squares", "Stalls filled ", " every Saturday"))) {
            Anchoring a = anchorer.anchorApproximately(new TextQuoteSelector(f.exact(), f.prefix(), f.suffix()), text, 0);
            assertEquals(Anchoring.Method.ORPHAN, a.method(), f.exact() + " was put on “"
                    + (a.placed() ? text.substring(a.start(), a.end()) : "") + "”");
        }
    }

    @Test
    void theSameQuoteWithItsOwnContextIsStillFoundAfterAnEdit() {
        String text = "One speaker called the town a nation of drivers. This is an annotation that has some context around it.";
        Anchoring a = anchorer.anchorApproximately(new TextQuoteSelector("anotation", "this is an ", " that has some"), text, 0);
        assertEquals("annotation", text.substring(a.start(), a.end()), "a typo fixed in the text, context nearly intact");
    }

    @Test
    void aBareQuoteWithoutContextIsOnlyPlacedFuzzilyWhenLongAndNearlyIntact() {
        String text = "The committee approved the new budget for the harbour on Friday evening.";
        assertEquals(Anchoring.Method.ORPHAN, anchorer.anchorApproximately(new TextQuoteSelector("the new budgets", "", ""), text, 0).method());
        Anchoring a = anchorer.anchorApproximately(new TextQuoteSelector("approved the new budget for the harbor", "", ""), text, 0);
        assertEquals(Anchoring.Method.FUZZY, a.method());
    }
}

package org.newslens.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class HighlightLayersTest {

    /** The spans flattened to "classes per character" so expectations read like the text. */
    private static List<Collection<String>> perChar(StyleSpans<Collection<String>> spans) {
        List<Collection<String>> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            for (int i = 0; i < span.getLength(); i++) {
                out.add(span.getStyle());
            }
        }
        return out;
    }

    @Test
    void noLayersGiveOneUnstyledSpanOverTheWholeText() {
        StyleSpans<Collection<String>> spans = new HighlightLayers().toStyleSpans(42);
        assertEquals(42, spans.length());
        assertEquals(1, spans.getSpanCount());
        assertTrue(spans.getStyleSpan(0).getStyle().isEmpty());
    }

    @Test
    void overlappingRangesFromDifferentLayersCarryBothClasses() {
        HighlightLayers layers = new HighlightLayers();
        layers.set(HighlightLayers.ENTITIES, List.of(new Highlight(2, 6, "person")));
        layers.set(HighlightLayers.SEARCH, List.of(new Highlight(4, 8, "hit")));

        List<Collection<String>> chars = perChar(layers.toStyleSpans(10));

        assertEquals(10, chars.size());
        assertEquals(List.of(), List.copyOf(chars.get(1)));
        assertEquals(List.of("person"), List.copyOf(chars.get(2)));
        assertEquals(List.of("hit", "person"), List.copyOf(chars.get(4)));
        assertEquals(List.of("hit", "person"), List.copyOf(chars.get(5)));
        assertEquals(List.of("hit"), List.copyOf(chars.get(6)));
        assertEquals(List.of(), List.copyOf(chars.get(8)));
    }

    @Test
    void sameClassOverlappingWithinALayerStaysUntilTheLastRangeEnds() {
        HighlightLayers layers = new HighlightLayers();
        layers.set("annotations", List.of(new Highlight(0, 5, "yellow"), new Highlight(3, 9, "yellow")));

        List<Collection<String>> chars = perChar(layers.toStyleSpans(12));

        for (int i = 0; i < 9; i++) {
            assertEquals(List.of("yellow"), List.copyOf(chars.get(i)), "char " + i);
        }
        assertTrue(chars.get(9).isEmpty());
    }

    @Test
    void rangesBeyondTheTextAreClippedAndEmptyRangesIgnored() {
        HighlightLayers layers = new HighlightLayers();
        layers.set("search", List.of(new Highlight(8, 30, "hit"), new Highlight(3, 3, "hit"), new Highlight(50, 60, "hit")));

        StyleSpans<Collection<String>> spans = layers.toStyleSpans(10);

        assertEquals(10, spans.length());
        List<Collection<String>> chars = perChar(spans);
        assertTrue(chars.get(3).isEmpty());
        assertEquals(List.of("hit"), List.copyOf(chars.get(9)));
    }

    @Test
    void clearingALayerRemovesOnlyItsClassesAndBumpsTheRevision() {
        HighlightLayers layers = new HighlightLayers();
        layers.set("entities", List.of(new Highlight(0, 4, "place")));
        layers.set("search", List.of(new Highlight(0, 4, "hit")));
        long before = layers.revisionProperty().get();

        layers.clear("search");

        assertTrue(layers.revisionProperty().get() > before);
        assertEquals(List.of("place"), layers.classesAt(1));
        assertEquals(List.of("place"), List.copyOf(perChar(layers.toStyleSpans(4)).get(0)));
    }

    @Test
    void anEmptyTextStillGetsAValidSpanList() {
        HighlightLayers layers = new HighlightLayers();
        layers.set("search", List.of(new Highlight(0, 3, "hit")));
        assertEquals(0, layers.toStyleSpans(0).length());
    }
}

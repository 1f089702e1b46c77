package org.newslens.ui.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which of the text area's lines (the article's paragraphs) carry a mark in the margin, and in which classes: one
 * mark per distinct style class of the {@value HighlightLayers#ANNOTATIONS} layer's ranges on that line. The
 * reader's own highlights are marked there and entities are not, so the two read as different kinds of thing even
 * where a highlight's hue is near a category's tint. Plain data, no JavaFX nodes.
 */
final class MarginMarks {
    private final Map<Integer, List<String>> byLine;

    private MarginMarks(Map<Integer, List<String>> byLine) {
        this.byLine = byLine;
    }

    static final MarginMarks NONE = new MarginMarks(Map.of());

    /** The marks of {@code layers} over {@code text}, whose lines are split at '\n'. */
    static MarginMarks of(String text, HighlightLayers layers) {
        List<Highlight> marked = layers.layer(HighlightLayers.ANNOTATIONS);
        if (marked.isEmpty() || text == null) {
            return NONE;
        }
        int[] lineStarts = lineStarts(text);
        Map<Integer, TreeSet<String>> classes = new HashMap<>();
        for (Highlight h : marked) {
            int start = Math.min(h.start(), text.length());
            int end = Math.min(Math.max(h.end(), start + 1), text.length());
            for (int line = lineOf(lineStarts, start); line <= lineOf(lineStarts, Math.max(start, end - 1)); line++) {
                classes.computeIfAbsent(line, k -> new TreeSet<>()).add(h.styleClass());
            }
        }
        Map<Integer, List<String>> byLine = new HashMap<>();
        classes.forEach((line, set) -> byLine.put(line, List.copyOf(set)));
        return new MarginMarks(byLine);
    }

    /** The classes of the marks beside {@code line}, in a stable order; empty for none. */
    List<String> at(int line) {
        return byLine.getOrDefault(line, List.of());
    }

    /** The lines whose marks differ between {@code this} and {@code other}. */
    List<Integer> changedLines(MarginMarks other) {
        List<Integer> out = new ArrayList<>();
        byLine.forEach((line, marks) -> {
            if (!marks.equals(other.at(line))) {
                out.add(line);
            }
        });
        other.byLine.keySet().stream().filter(line -> !byLine.containsKey(line)).forEach(out::add);
        return out;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, int offset) {
        int at = java.util.Arrays.binarySearch(lineStarts, offset);
        return at >= 0 ? at : -at - 2;
    }
}

package org.newslens.ui.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Named layers of highlights over the article text ("entities", "search", "annotations", "selection-focus", …).
 * Each feature owns its layer and replaces it wholesale; the reader shows the union of all layers, so where
 * ranges overlap a character carries every style class that covers it. {@link #revisionProperty()} ticks on
 * every change.
 */
public final class HighlightLayers {
    public static final String ENTITIES = "entities";
    public static final String SEARCH = "search";
    public static final String ANNOTATIONS = "annotations";
    public static final String SELECTION_FOCUS = "selection-focus";

    private final Map<String, List<Highlight>> layers = new LinkedHashMap<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();

    public void set(String layer, List<Highlight> highlights) {
        layers.put(layer, List.copyOf(highlights));
        revision.set(revision.get() + 1);
    }

    public void clear(String layer) {
        if (layers.remove(layer) != null) {
            revision.set(revision.get() + 1);
        }
    }

    public void clearAll() {
        if (!layers.isEmpty()) {
            layers.clear();
            revision.set(revision.get() + 1);
        }
    }

    public List<Highlight> layer(String name) {
        return layers.getOrDefault(name, List.of());
    }

    public Collection<String> names() {
        return Collections.unmodifiableSet(layers.keySet());
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The style classes at {@code offset} (the character starting there), in a stable order. */
    public List<String> classesAt(int offset) {
        List<String> out = new ArrayList<>();
        for (List<Highlight> layer : layers.values()) {
            for (Highlight h : layer) {
                if (h.start() <= offset && offset < h.end() && !out.contains(h.styleClass())) {
                    out.add(h.styleClass());
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    /**
     * All layers merged into consecutive spans covering exactly {@code [0, textLength)}. Ranges are clipped to
     * the text; an unstyled stretch has an empty class list.
     */
    public StyleSpans<Collection<String>> toStyleSpans(int textLength) {
        // Sweep over boundaries: +1 for a class where a range starts, -1 where it ends.
        TreeMap<Integer, Map<String, Integer>> deltas = new TreeMap<>();
        for (List<Highlight> layer : layers.values()) {
            for (Highlight h : layer) {
                int start = Math.min(h.start(), textLength);
                int end = Math.min(h.end(), textLength);
                if (start < end) {
                    deltas.computeIfAbsent(start, k -> new TreeMap<>()).merge(h.styleClass(), 1, Integer::sum);
                    deltas.computeIfAbsent(end, k -> new TreeMap<>()).merge(h.styleClass(), -1, Integer::sum);
                }
            }
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>(deltas.size() + 1);
        Map<String, Integer> active = new TreeMap<>();
        int position = 0;
        List<String> current = List.of();
        for (Map.Entry<Integer, Map<String, Integer>> boundary : deltas.entrySet()) {
            int at = boundary.getKey();
            if (at > position) {
                spans.add(current, at - position);
                position = at;
            }
            boundary.getValue().forEach((cls, d) -> active.merge(cls, d, (a, b) -> a + b == 0 ? null : a + b));
            current = List.copyOf(active.keySet());
        }
        if (textLength > position || position == 0) {
            spans.add(current, textLength - position);
        }
        return spans.create();
    }
}

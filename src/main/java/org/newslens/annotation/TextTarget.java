package org.newslens.annotation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One target of an imported annotation reduced to article text: its quote (and offsets), or the one-line
 * reason it cannot be placed in text. Selectors are read through {@code refinedBy}: a TextQuoteSelector
 * refining a fragment is searched for in the whole text. A RangeSelector whose ends are text selectors
 * runs from the start of its start selector to the start of its end selector (the end is exclusive).
 *
 * @param selectorTypes every selector type seen (empty: the target has no selector at all)
 * @param quote         null when the target does not reduce to text; then {@code problem} says why
 */
record TextTarget(String source, String styleClass, List<String> selectorTypes, TextPositionSelector position,
                  TextQuoteSelector quote, String problem) {
    /** Context kept either side of an imported quote (longer context only slows anchoring down). */
    private static final int MAX_CONTEXT = 256;
    private static final int MAX_CHAIN = 8;

    static TextTarget read(JsonNode target, String text, String where) {
        if (target.isTextual()) {
            return new TextTarget(target.asText(), null, List.of(), null, null, null);
        }
        String source = target.path("source").isTextual() ? target.path("source").asText()
                : target.path("source").path("id").asText(target.path("id").asText(null));
        JsonNode style = target.path("styleClass");
        String styleClass = style.isArray() ? style.path(0).asText(null) : style.asText(null);
        Reduced r = new Reduced(text);
        for (JsonNode s : AnnotationReader.asList(target.path("selector"))) {
            r.chain(s);
        }
        return r.result(source, styleClass);
    }

    private static final class Reduced {
        private final String text;
        private final List<String> types = new ArrayList<>();
        private TextQuoteSelector quote;
        private int[] offsets;
        private String problem;

        Reduced(String text) {
            this.text = text;
        }

        /** A selector and its refinements; the innermost text selector counts. */
        void chain(JsonNode s) {
            boolean underOther = false;
            for (int depth = 0; s != null && s.isObject() && depth < MAX_CHAIN; depth++) {
                String type = s.path("type").asText("");
                types.add(type.isEmpty() ? "(untyped)" : type);
                switch (type) {
                    case "TextQuoteSelector" -> quote(s);
                    case "TextPositionSelector" -> {
                        if (underOther) {
                            problem("its offsets count from inside a " + types.get(0) + ", which NewsLens cannot resolve");
                        } else {
                            position(s);
                        }
                    }
                    case "RangeSelector" -> range(s);
                    default -> underOther = true;
                }
                s = s.get("refinedBy");
            }
        }

        private void quote(JsonNode s) {
            String exact = s.path("exact").asText("");
            if (exact.isEmpty()) {
                problem("its TextQuoteSelector has no 'exact' text");
            } else if (exact.length() > AnnotationReader.MAX_TEXT) {
                problem("its quote has " + exact.length() + " characters (at most " + AnnotationReader.MAX_TEXT + ")");
            } else if (quote == null) {
                String prefix = s.path("prefix").asText("");
                String suffix = s.path("suffix").asText("");
                quote = new TextQuoteSelector(exact, prefix.substring(Math.max(0, prefix.length() - MAX_CONTEXT)),
                        suffix.substring(0, Math.min(suffix.length(), MAX_CONTEXT)));
            }
        }

        private void position(JsonNode s) {
            JsonNode start = s.path("start");
            JsonNode end = s.path("end");
            if (!start.canConvertToInt() || !end.canConvertToInt() || !start.isIntegralNumber() || !end.isIntegralNumber()
                    || start.asInt() < 0 || end.asInt() < start.asInt()) {
                problem("its TextPositionSelector has bad offsets (start " + AnnotationReader.shorten(start.toString())
                        + ", end " + AnnotationReader.shorten(end.toString()) + ")");
            } else if (offsets == null) {
                offsets = new int[] {start.asInt(), end.asInt()};
            }
        }

        private void range(JsonNode s) {
            int from = endpoint(s.path("startSelector"));
            int to = endpoint(s.path("endSelector"));
            if (from >= 0 && to > from && offsets == null) {
                offsets = new int[] {from, to};
            } else if (from < 0 || to < 0) {
                problem("its RangeSelector's ends are not text selectors found in this article");
            } else {
                problem("its RangeSelector ends before it starts");
            }
        }

        /** Where a range's start or end selector begins in the text, or -1. */
        private int endpoint(JsonNode s) {
            String type = s.path("type").asText("");
            if (type.equals("TextPositionSelector") && s.path("start").canConvertToInt() && s.path("start").asInt() >= 0) {
                return s.path("start").asInt();
            }
            if (type.equals("TextQuoteSelector") && text != null && !s.path("exact").asText("").isEmpty()) {
                TextQuoteSelector q = new TextQuoteSelector(s.path("exact").asText(), s.path("prefix").asText(""), s.path("suffix").asText(""));
                Anchoring a = new Anchorer().anchorExactly(new TextPositionSelector(0, 0), q, text);
                return a != null && a.placed() ? a.start() : -1;
            }
            return -1;
        }

        private void problem(String p) {
            if (problem == null) {
                problem = p;
            }
        }

        TextTarget result(String source, String styleClass) {
            if (quote != null) {
                TextPositionSelector pos = offsets != null ? new TextPositionSelector(offsets[0], offsets[1]) : new TextPositionSelector(0, 0);
                return new TextTarget(source, styleClass, types, pos, quote, null);
            }
            if (offsets != null) {
                if (text == null) {
                    return new TextTarget(source, styleClass, types, null, null, "it has offsets but no quote");
                }
                if (offsets[1] > text.length()) {
                    return new TextTarget(source, styleClass, types, null, null, "its offsets " + offsets[0] + ".." + offsets[1]
                            + " lie beyond the article's text (" + text.length() + " characters)");
                }
                if (offsets[0] == offsets[1]) {
                    return new TextTarget(source, styleClass, types, null, null, "its offsets select nothing (" + offsets[0] + ".." + offsets[1] + ")");
                }
                return new TextTarget(source, styleClass, types, new TextPositionSelector(offsets[0], offsets[1]),
                        TextQuoteSelector.of(text, offsets[0], offsets[1]), null);
            }
            String why = problem != null ? problem
                    : "it selects with " + String.join(" + ", types) + ", which has no place in an article's text";
            return new TextTarget(source, styleClass, types, null, null, why);
        }
    }
}

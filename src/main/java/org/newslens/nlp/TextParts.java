package org.newslens.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A short text read in parts of whole lines ({@link CoreNlpRecogniser#staged}): where the parts lie, and the tokens of
 * the parts tagged so far, in text order with their sentences numbered on across parts.
 */
final class TextParts {
    /** About a screenful of text: the parts after the first (the lines on screen) are at least this long. */
    static final int PART_CHARS = 4_000;
    /** At most about this many parts, so the rules, which run after each, stay a small share of the work. */
    static final int MAX_PARTS = 8;

    private final TreeMap<Integer, List<Token>> parts = new TreeMap<>();

    /**
     * Ranges {start, end} covering the text, cut only at line breaks (a range starts at a line break or 0 and ends at
     * one or the text's end): the lines touching {@code [firstFrom, firstTo)} first, then the rest after them, then
     * the rest before them.
     */
    static List<int[]> ranges(String text, int firstFrom, int firstTo) {
        int n = text.length();
        int from = Math.max(0, Math.min(n, firstFrom));
        int to = Math.max(from, Math.min(n, firstTo));
        int before = text.lastIndexOf('\n', from);
        int a = before < 0 ? 0 : before;
        int after = text.indexOf('\n', to);
        int b = after < 0 ? n : after;
        int size = Math.max(PART_CHARS, n / MAX_PARTS);
        List<int[]> out = new ArrayList<>();
        if (b > a) {
            out.add(new int[] {a, b});
        }
        pieces(text, b, n, size, out);
        pieces(text, 0, a, size, out);
        return out;
    }

    private static void pieces(String text, int from, int to, int size, List<int[]> out) {
        while (from < to) {
            int cut = to;
            if (to - from > size) {
                cut = text.lastIndexOf('\n', from + size);
                if (cut <= from) {
                    cut = text.indexOf('\n', from + size);
                }
                if (cut < 0 || cut > to) {
                    cut = to;
                }
            }
            out.add(new int[] {from, cut});
            from = cut;
        }
    }

    /** Keeps the tokens of the part that starts at {@code start} (its sentences numbered from 0). */
    void add(int start, List<Token> tokens) {
        parts.put(start, tokens);
    }

    /** The tokens of every part added, in text order, sentences numbered on from part to part. */
    List<Token> tokens() {
        List<Token> out = new ArrayList<>();
        int sentences = 0;
        for (Map.Entry<Integer, List<Token>> part : parts.entrySet()) {
            List<Token> tokens = part.getValue();
            for (Token t : tokens) {
                out.add(sentences == 0 ? t : t.inSentence(t.sentence() + sentences));
            }
            if (!tokens.isEmpty()) {
                sentences += tokens.get(tokens.size() - 1).sentence() + 1;
            }
        }
        return out;
    }
}

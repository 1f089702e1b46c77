package org.newslens.analysis;

import java.util.List;
import java.util.Set;

/**
 * The article text as attribution patterns read it: where its quotations, dates and names are, and the word
 * tests the patterns share.
 */
final class AttributionText {
    static final Set<String> AUX = Set.of("has", "have", "had", "is", "are", "was", "were", "will", "would",
            "can", "could", "may", "might", "must", "should", "did", "does", "do", "shall");

    private final String text;
    private final List<QuoteMarks.Quoted> quoted;
    private final List<int[]> dates;
    private final List<int[]> names;

    AttributionText(String text, List<QuoteMarks.Quoted> quoted, List<int[]> dates, List<int[]> names) {
        this.text = text;
        this.quoted = quoted;
        this.dates = dates;
        this.names = names;
    }

    String substring(int from, int to) {
        return text.substring(from, to);
    }

    List<Words.Word> words(int from, int to) {
        return Words.of(text, from, to);
    }

    int nameEnd(int offset) {
        for (int[] n : names) {
            if (n[0] == offset) {
                return n[1];
            }
        }
        return -1;
    }

    int skipDate(List<Words.Word> w, int k) {
        int i = k;
        if (i < w.size() && isPreposition(w.get(i)) && i + 1 < w.size() && startsDate(w.get(i + 1))) {
            i++;
        }
        if (i < w.size() && startsDate(w.get(i))) {
            int end = dateEnd(w.get(i).start());
            while (i < w.size() && w.get(i).start() < end) {
                i++;
            }
            if (i < w.size() && w.get(i).text().equals(",")) {
                i++;
            }
            return i;
        }
        return k;
    }

    boolean startsDate(Words.Word x) {
        return dateEnd(x.start()) > 0;
    }

    private int dateEnd(int offset) {
        for (int[] d : dates) {
            if (d[0] == offset) {
                return d[1];
            }
        }
        return -1;
    }

    static boolean isPreposition(Words.Word x) {
        return switch (x.lower()) {
            case "on", "in", "at", "of", "during", "after", "before", "to", "for", "with", "by", "from", "late", "early",
                 "last", "this", "yesterday", "today", "earlier" -> true;
            default -> false;
        };
    }

    boolean quotedOnly(int from, int to) {
        int[] span = QuoteFinder.trim(text, from, to);
        for (QuoteMarks.Quoted q : quoted) {
            if (q.open() == span[0] && q.close() == span[1] - 1) {
                return true;
            }
        }
        return false;
    }

    /** The statement before a comma ends there; before a closing mark, it ends with the mark. */
    static int contentEndBefore(Words.Word boundary) {
        return isCloseMark(boundary) ? boundary.end() : boundary.start();
    }

    static boolean isQuoteMarkOrStop(Words.Word x) {
        return x.text().equals(".") || x.text().equals(";");
    }

    static boolean isCommaOrClose(Words.Word x) {
        return x.text().equals(",") || isCloseMark(x);
    }

    static boolean isCloseMark(Words.Word x) {
        return x.text().equals("\"") || x.text().equals("”") || x.text().equals("’") || x.text().equals("»");
    }

    static boolean isOpenMark(Words.Word x) {
        return x.text().equals("\"") || x.text().equals("“") || x.text().equals("‘") || x.text().equals("«");
    }

    QuoteMarks.Quoted quotedAt(int open) {
        for (QuoteMarks.Quoted q : quoted) {
            if (q.open() == open) {
                return q;
            }
        }
        return null;
    }

    boolean isQuoted(int offset) {
        for (QuoteMarks.Quoted q : quoted) {
            if (q.contains(offset)) {
                return true;
            }
        }
        return false;
    }
}

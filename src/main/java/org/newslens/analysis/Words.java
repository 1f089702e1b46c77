package org.newslens.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into words and single punctuation marks with their offsets (enough for attribution patterns). */
final class Words {
    /** One word or punctuation mark, {@code [start, end)} in the article text. */
    record Word(String text, int start, int end) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean isWord() {
            return Character.isLetterOrDigit(text.codePointAt(0));
        }

        boolean is(String s) {
            return text.equalsIgnoreCase(s);
        }

        boolean isCapitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }
    }

    private Words() {
    }

    static List<Word> of(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                out.add(new Word(String.valueOf(c), i, i + 1));
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to) {
                char d = text.charAt(j);
                if (Character.isLetterOrDigit(d)) {
                    j++;
                } else if ((d == '\'' || d == '’' || d == '.' || d == '-' || d == ',')
                        && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))
                        && (d != ',' || Character.isDigit(text.charAt(j - 1)) && Character.isDigit(text.charAt(j + 1)))) {
                    j += 2;
                } else {
                    break;
                }
            }
            // keep the dot of an abbreviation or initial ("U.S.", "W.") with its word
            if (j < to && text.charAt(j) == '.' && text.substring(i, j).contains(".")) {
                j++;
            }
            out.add(new Word(text.substring(i, j), i, j));
            i = j;
        }
        return out;
    }
}

package org.newslens.ui.reader;

/** Word count and reading time of a text, as the header shows them. */
public final class ReadingStats {
    /** Words per minute of an adult reading news prose attentively. */
    public static final int WORDS_PER_MINUTE = 230;

    private ReadingStats() {
    }

    /** Whitespace-separated tokens that contain at least one letter or digit. */
    public static int words(String text) {
        int count = 0;
        boolean inToken = false;
        boolean hasWordChar = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inToken && hasWordChar) {
                    count++;
                }
                inToken = false;
                hasWordChar = false;
            } else {
                inToken = true;
                hasWordChar |= Character.isLetterOrDigit(c);
            }
        }
        return inToken && hasWordChar ? count + 1 : count;
    }

    /** Whole minutes, at least one for any text with words. */
    public static int minutes(int words) {
        return words == 0 ? 0 : Math.max(1, (int) Math.round(words / (double) WORDS_PER_MINUTE));
    }
}

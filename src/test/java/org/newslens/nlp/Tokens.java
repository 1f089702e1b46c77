package org.newslens.nlp;

import java.util.ArrayList;
import java.util.List;

/** Builds tagged tokens for rule tests: "word" or "word/CONLL" or "word/CONLL/WIDE/MUC"; "|" ends a sentence. */
final class Tokens {
    private Tokens() {
    }

    static final class Built {
        final String text;
        final List<Token> tokens;

        Built(String text, List<Token> tokens) {
            this.text = text;
            this.tokens = tokens;
        }

        String covered(Span s) {
            return text.substring(tokens.get(s.first()).start(), tokens.get(s.end() - 1).end());
        }
    }

    /** Tokens separated by spaces; "~" glues a token to the previous one without a space ("Kabul ~’s"). */
    static Built of(String spec) {
        StringBuilder text = new StringBuilder();
        List<Token> out = new ArrayList<>();
        int sentence = 0;
        for (String item : spec.trim().split("\\s+")) {
            if (item.equals("|")) {
                sentence++;
                text.append('\n');
                continue;
            }
            boolean glued = item.startsWith("~");
            if (glued) {
                item = item.substring(1);
            }
            String[] parts = item.split("/");
            String word = parts[0];
            String conll = parts.length > 1 ? full(parts[1]) : Token.NONE;
            String wide = parts.length > 2 ? full(parts[2]) : Token.NONE;
            String muc = parts.length > 3 ? full(parts[3]) : Token.NONE;
            if (!glued && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            out.add(new Token(word, start, start + word.length(), sentence, conll, wide, muc));
        }
        return new Built(text.toString(), out);
    }

    private static String full(String tag) {
        return switch (tag) {
            case "P" -> "PERSON";
            case "L" -> "LOCATION";
            case "G" -> "ORGANIZATION";
            case "M" -> "MISC";
            default -> tag;
        };
    }
}

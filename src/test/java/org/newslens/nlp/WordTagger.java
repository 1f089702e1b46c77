package org.newslens.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A model-free tagger for tests: words, numbers and punctuation as tokens, one sentence per line, no tags. */
final class WordTagger implements Tagger {
    private static final Pattern TOKEN = Pattern.compile("\\d+(?:[.,]\\d+)*|\\p{L}+|\\S");
    private final String version;

    WordTagger(String version) {
        this.version = version;
    }

    @Override
    public List<Token> tag(String text) {
        List<Token> out = new ArrayList<>();
        int sentence = 0;
        int lastEnd = 0;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (text.substring(lastEnd, m.start()).contains("\n")) {
                sentence++;
            }
            out.add(Token.plain(m.group(), m.start(), sentence));
            lastEnd = m.end();
        }
        return out;
    }

    @Override
    public String version() {
        return version;
    }
}

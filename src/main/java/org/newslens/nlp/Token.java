package org.newslens.nlp;

/**
 * One token of a tagged text, with what each statistical model said about it.
 *
 * @param start    UTF-16 offset of its first character in the text
 * @param end      offset just past its last character
 * @param sentence index of its sentence, counting from 0
 * @param conll    tag of CoreNLP's CoNLL model: PERSON, LOCATION, ORGANIZATION, MISC or O
 * @param wide     tag of CoreNLP's 3-class model trained on more corpora: PERSON, LOCATION, ORGANIZATION or O
 * @param muc      tag of CoreNLP's MUC model: also DATE, TIME, MONEY, PERCENT
 */
public record Token(String word, int start, int end, int sentence, String conll, String wide, String muc) {

    public static final String NONE = "O";

    /** A token with no model tags, for rules that need only words and offsets. */
    public static Token plain(String word, int start, int sentence) {
        return new Token(word, start, start + word.length(), sentence, NONE, NONE, NONE);
    }

    public boolean isCapitalised() {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    public boolean isAllCaps() {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    public Token withTags(String conllTag, String wideTag, String mucTag) {
        return new Token(word, start, end, sentence, conllTag, wideTag, mucTag);
    }
}

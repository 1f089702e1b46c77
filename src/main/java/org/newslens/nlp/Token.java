package org.newslens.nlp;

import java.util.Objects;

/**
 * One token of a tagged text, with what each statistical model said about it: the CoNLL model's tag {@link #conll()},
 * the 3-class model's {@link #wide()} and the MUC model's {@link #muc()}. The last two may be late: the rules read them
 * only for the few tokens in or next to a name, so the tagger runs those models on a sentence only when a rule first
 * asks for one of its tags (the answer is the same as if they had run at once; see {@link LateTags}).
 */
public final class Token {

    public static final String NONE = "O";

    private final String word;
    private final int start;
    private final int end;
    private final int sentence;
    private final String conll;
    private final String wide;
    private final String muc;
    private final LateTags lateWide;
    private final LateTags lateMuc;
    private final int index;

    /**
     * @param start    UTF-16 offset of its first character in the text
     * @param end      offset just past its last character
     * @param sentence index of its sentence, counting from 0
     * @param conll    tag of CoreNLP's CoNLL model: PERSON, LOCATION, ORGANIZATION, MISC or O
     * @param wide     tag of CoreNLP's 3-class model trained on more corpora: PERSON, LOCATION, ORGANIZATION or O
     * @param muc      tag of CoreNLP's MUC model: also DATE, TIME, MONEY, PERCENT
     */
    public Token(String word, int start, int end, int sentence, String conll, String wide, String muc) {
        this(word, start, end, sentence, conll, Objects.requireNonNull(wide), Objects.requireNonNull(muc), null, null, -1);
    }

    /** A token whose 3-class and MUC tags are the {@code index}th answers of the late models of its sentence. */
    Token(String word, int start, int end, int sentence, String conll, LateTags wide, LateTags muc, int index) {
        this(word, start, end, sentence, conll, null, null, wide, muc, index);
    }

    private Token(String word, int start, int end, int sentence, String conll, String wide, String muc,
                  LateTags lateWide, LateTags lateMuc, int index) {
        this.word = word;
        this.start = start;
        this.end = end;
        this.sentence = sentence;
        this.conll = conll;
        this.wide = wide;
        this.muc = muc;
        this.lateWide = lateWide;
        this.lateMuc = lateMuc;
        this.index = index;
    }

    /** A token with no model tags, for rules that need only words and offsets. */
    public static Token plain(String word, int start, int sentence) {
        return new Token(word, start, start + word.length(), sentence, NONE, NONE, NONE);
    }

    public String word() {
        return word;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int sentence() {
        return sentence;
    }

    public String conll() {
        return conll;
    }

    public String wide() {
        return wide != null ? wide : lateWide.tag(index);
    }

    public String muc() {
        return muc != null ? muc : lateMuc.tag(index);
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

    /** The characters [from, to) of this token's word as a token of their own, with this token's tags (late or not). */
    Token part(int from, int to) {
        return new Token(word.substring(from, to), start + from, start + to, sentence, conll, wide, muc, lateWide, lateMuc, index);
    }

    /** This token in another sentence (tags late or not). */
    Token inSentence(int other) {
        return new Token(word, start, end, other, conll, wide, muc, lateWide, lateMuc, index);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && start == t.start && end == t.end && sentence == t.sentence && word.equals(t.word)
                && conll.equals(t.conll) && wide().equals(t.wide()) && muc().equals(t.muc());
    }

    @Override
    public int hashCode() {
        return Objects.hash(word, start, end, sentence, conll);
    }

    @Override
    public String toString() {
        return "Token[word=" + word + ", start=" + start + ", end=" + end + ", sentence=" + sentence + ", conll=" + conll
                + ", wide=" + wide() + ", muc=" + muc() + "]";
    }
}

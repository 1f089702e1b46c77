package org.newslens.article;

/** A title for an article that has none of its own: its first sentence, cut at a word boundary if long. */
final class TitleDeriver {
    static final int MAX_LENGTH = 70;

    String derive(String firstParagraph) {
        String text = Prose.clean(firstParagraph);
        String sentence = text.substring(0, Sentences.firstSentenceEnd(text)).strip();
        if (sentence.length() <= MAX_LENGTH) {
            return stripFinalStop(sentence);
        }
        int cut = sentence.lastIndexOf(' ', MAX_LENGTH);
        String head = cut > MAX_LENGTH / 2 ? sentence.substring(0, cut) : sentence.substring(0, MAX_LENGTH);
        return head.replaceAll("[\\s,;:—–\\-(\"“‘']+$", "") + "…";
    }

    private static String stripFinalStop(String sentence) {
        return sentence.endsWith(".") && !sentence.endsWith("..") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }
}

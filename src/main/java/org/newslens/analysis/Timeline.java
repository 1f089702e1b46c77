package org.newslens.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;

/** Every DATE mention of an article, normalised against the article's date, in time order (unresolved ones last). */
public final class Timeline {
    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b");

    public List<TimeExpression> build(String text, EntityAnalysis analysis, LocalDate reference) {
        List<int[]> sentences = Sentences.of(text, QuoteMarks.find(text));
        List<TimeExpression> out = new ArrayList<>();
        for (Mention m : analysis.mentions()) {
            if (m.label() != EntityLabel.DATE) {
                continue;
            }
            DateNormaliser.Value v = DateNormaliser.normalise(m.text(), reference, yearBefore(text, m.start()));
            int[] sentence = sentenceOf(sentences, m.start());
            out.add(v == null
                    ? new TimeExpression(m.start(), m.end(), m.text(), null, TimeExpression.Kind.UNRESOLVED, null, null, sentence[0], sentence[1])
                    : new TimeExpression(m.start(), m.end(), m.text(), v.value(), v.kind(),
                    v.from() == null ? null : v.from().toString(), v.to() == null ? null : v.to().toString(), sentence[0], sentence[1]));
        }
        out.sort(Comparator.comparing((TimeExpression t) -> t.from() == null ? "9999" : t.from()).thenComparingInt(TimeExpression::start));
        return out;
    }

    /** The last year written before {@code offset} in its paragraph: "In 2001, … the September 11 attacks". */
    static Integer yearBefore(String text, int offset) {
        int paragraphStart = text.lastIndexOf("\n\n", offset);
        String before = text.substring(paragraphStart < 0 ? 0 : paragraphStart, offset);
        Matcher m = YEAR.matcher(before);
        Integer year = null;
        while (m.find()) {
            if (m.end() < before.length() && before.charAt(m.end()) == '-' && before.length() > m.end() + 1
                    && Character.isDigit(before.charAt(m.end() + 1))) {
                continue; // an ISO dateline is the article's date, not the year the text speaks of
            }
            year = Integer.parseInt(m.group(1));
        }
        return year;
    }

    static int[] sentenceOf(List<int[]> sentences, int offset) {
        for (int[] s : sentences) {
            if (s[0] <= offset && offset < s[1]) {
                return s;
            }
        }
        return new int[] {offset, offset};
    }
}

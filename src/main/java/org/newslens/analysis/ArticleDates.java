package org.newslens.analysis;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.article.Article;
import org.newslens.nlp.MonthNames;
import org.newslens.article.Paragraph;

/**
 * The date an article speaks from: its published date where the document gives one, else a news dateline
 * near its top ("KABUL 2021-07-09", "LONDON, July 9, 2021 (Reuters) -").
 */
public final class ArticleDates {
    /** A date and where it was found. */
    public record Found(LocalDate date, String source) {
    }

    private static final int DATELINE_PARAGRAPHS = 4;
    private static final Pattern ISO_DATELINE = Pattern.compile("^\\p{Lu}[\\p{L}\\p{M} .,'/-]{0,40}\\s(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final String PLACE = "^\\p{Lu}[\\p{L} .'/-]*,?\\s+(?:\\p{L}+,?\\s+)?";
    private static final String AFTER = ",?\\s+(\\d{4})\\b.{0,40}?[-–—(]";
    /** "KABUL, July 9, 2021 -", "WASHINGTON, Friday, Jan. 8 2021 (Reuters) -". */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            PLACE + "(" + MonthNames.PATTERN + ")\\.?\\s+(\\d{1,2})" + AFTER);
    /** "ROTTERDAM, 12 March 2024 -", the order of most of the world outside the United States. */
    private static final Pattern DAY_FIRST_DATELINE = Pattern.compile(
            PLACE + "(\\d{1,2})\\s+(" + MonthNames.PATTERN + ")\\.?" + AFTER);

    private ArticleDates() {
    }

    public static Found find(Article article) {
        if (article.published() != null) {
            return new Found(article.published().toLocalDate(), "metadata");
        }
        List<String> candidates = new ArrayList<>();
        if (article.title() != null) {
            candidates.add(article.title()); // a dateline alone on the first line is read as the title
        }
        List<Paragraph> paragraphs = article.paragraphs();
        for (int i = 0; i < Math.min(DATELINE_PARAGRAPHS, paragraphs.size()); i++) {
            candidates.add(article.paragraphText(paragraphs.get(i)));
        }
        for (String p : candidates) {
            Matcher m = ISO_DATELINE.matcher(p);
            if (m.find()) {
                try {
                    return new Found(LocalDate.parse(m.group(1)), "dateline");
                } catch (DateTimeParseException e) {
                    continue;
                }
            }
            m = WIRE_DATELINE.matcher(p);
            if (m.find()) {
                LocalDate date = date(m.group(3), m.group(1), m.group(2));
                if (date != null) {
                    return new Found(date, "dateline");
                }
            }
            m = DAY_FIRST_DATELINE.matcher(p);
            if (m.find()) {
                LocalDate date = date(m.group(3), m.group(2), m.group(1));
                if (date != null) {
                    return new Found(date, "dateline");
                }
            }
        }
        return null;
    }

    private static LocalDate date(String year, String month, String day) {
        Month m = MonthNames.parse(month);
        int d = Integer.parseInt(day);
        int y = Integer.parseInt(year);
        return d >= 1 && d <= m.length(java.time.Year.isLeap(y)) ? LocalDate.of(y, m, d) : null;
    }
}

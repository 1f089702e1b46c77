package org.newslens.analysis;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.article.Article;
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
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{L} .'/-]*,?\\s+(?:\\p{L}+,?\\s+)?(January|February|March|April|May|June|July|August|September|October|"
                    + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b.{0,40}?[-–—(]");

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
                Month month = monthOf(m.group(1));
                int day = Integer.parseInt(m.group(2));
                int year = Integer.parseInt(m.group(3));
                if (day <= month.maxLength()) {
                    return new Found(LocalDate.of(year, month, Math.min(day, month.length(java.time.Year.isLeap(year)))), "dateline");
                }
            }
        }
        return null;
    }

    private static Month monthOf(String name) {
        String n = name.toUpperCase(Locale.ROOT).substring(0, 3);
        for (Month m : Month.values()) {
            if (m.name().startsWith(n)) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }
}

package org.newslens.bench;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.article.ArticleMetadata;
import org.newslens.article.Paragraph;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;

/**
 * The search benchmark's library with dates (the CoNLL gold it is made of has none): each article gets a generated
 * publication date between 2019 and 2024, a dateline opening its first paragraph ("NEWSROOM, March 3, 2021 -") and a
 * closing sentence with a date relative to it or absolute ("Talks are due to resume on Tuesday."), each date a DATE
 * mention, as a recogniser would give them. The sentences are generic templates, nothing drawn from evaluation texts.
 */
final class DatedLibrary {
    private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
    private static final int DAYS = 6 * 365;
    private static final String[] PLACES = {"NEWSROOM", "CAPITAL CITY", "NORTH PORT", "RIVERTON"};

    private DatedLibrary() {
    }

    /** Builds the library (the same articles for the same count); returns its characters and mentions. */
    static long[] fill(LuceneArticleIndex index, Path eval, int articles) throws Exception {
        List<SearchBench.Sentence> sentences = SearchBench.sentences(eval);
        Random random = new Random(42);
        Random dates = new Random(7);
        long chars = 0;
        long mentions = 0;
        for (int i = 0; i < articles; i++) {
            SearchBench.Recombined r = SearchBench.recombine(sentences, random, i);
            LocalDate day = FIRST.plusDays(dates.nextInt(DAYS));
            OffsetDateTime published = day.atTime(6 + dates.nextInt(14), dates.nextInt(60)).atOffset(ZoneOffset.UTC);
            String dateline = PLACES[dates.nextInt(PLACES.length)] + ", " + monthDayYear(day) + " - ";
            String[] closing = closing(day, dates);
            Article plain = r.article();
            Article dated = withDates(plain, published, dateline, closing[0]);
            EntityAnalysis gold = SearchBench.entities(dated, r.picked(), sentences);
            List<Mention> all = new ArrayList<>(gold.mentions());
            List<Entity> entities = new ArrayList<>(gold.entities());
            addDate(dated.text(), dateline.indexOf(monthDayYear(day)), monthDayYear(day), all, entities);
            addDate(dated.text(), dated.text().lastIndexOf(closing[1]), closing[1], all, entities);
            all.sort(java.util.Comparator.comparingInt(Mention::start));
            EntityAnalysis analysis = new EntityAnalysis(all, entities);
            chars += dated.text().length();
            mentions += all.size();
            index.index(dated, analysis);
        }
        index.commit();
        return new long[] {chars, mentions};
    }

    private static String monthDayYear(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth() + ", " + day.getYear();
    }

    /** A closing sentence and the date words in it. */
    private static String[] closing(LocalDate day, Random random) {
        LocalDate other = day.plusDays(random.nextInt(41) - 20);
        String weekday = DayOfWeek.from(other).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String month = other.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return switch (random.nextInt(4)) {
            case 0 -> new String[] {"Talks are due to resume on " + weekday + ".", weekday};
            case 1 -> new String[] {"A decision is expected by " + month + " " + other.getDayOfMonth() + ".", month + " " + other.getDayOfMonth()};
            case 2 -> new String[] {"The figures were first published in " + month + " " + other.getYear() + ".", month + " " + other.getYear()};
            default -> new String[] {"A hearing was set for " + other.getDayOfMonth() + " " + month + ".", other.getDayOfMonth() + " " + month};
        };
    }

    /** {@code plain} with a publication date, {@code dateline} before its first sentence and {@code closing} after its last. */
    private static Article withDates(Article plain, OffsetDateTime published, String dateline, String closing) {
        String text = dateline + plain.text() + " " + closing;
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Paragraph> old = plain.paragraphs();
        for (int k = 0; k < old.size(); k++) {
            Paragraph p = old.get(k);
            int start = k == 0 ? 0 : p.start() + dateline.length();
            int end = p.end() + dateline.length() + (k == old.size() - 1 ? 1 + closing.length() : 0);
            paragraphs.add(new Paragraph(p.number(), start, end, p.kind()));
        }
        return new Article(plain.source(), plain.title(), null, text, paragraphs, plain.format(), plain.encoding(),
                ArticleLoader.sha256(text), new ArticleMetadata(null, published, null, "en"));
    }

    private static void addDate(String text, int start, String words, List<Mention> mentions, List<Entity> entities) {
        if (start < 0 || !text.startsWith(words, start)) {
            throw new IllegalStateException("date words not where they were put: " + words);
        }
        String id = "DATE:" + words;
        mentions.add(new Mention(start, start + words.length(), words, EntityLabel.DATE, id, null));
        if (entities.stream().noneMatch(e -> e.id().equals(id))) {
            entities.add(new Entity(id, words, EntityLabel.DATE, List.of(), 1));
        }
    }
}

package org.newslens.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newslens.analysis.ArticleAnalysis;
import org.newslens.analysis.Quote;
import org.newslens.analysis.Speaker;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.Mention;

/**
 * Lays the reader's speaker corrections over the quotes found: a quote at a correction's span with its words
 * (or, once the text moved, the quote with those words) gets the named speaker, the latest correction winning.
 */
public final class SpeakerCorrector {
    private SpeakerCorrector() {
    }

    public static ArticleAnalysis apply(ArticleAnalysis analysis, String text, EntityAnalysis entities, List<SpeakerCorrection> corrections) {
        if (corrections.isEmpty() || analysis.quotes().isEmpty()) {
            return analysis;
        }
        return new ArticleAnalysis(apply(analysis.quotes(), text, entities, corrections), analysis.timeline(), analysis.figures(),
                analysis.articleDate(), analysis.articleDateSource());
    }

    /** The quotes with the corrections laid over them (the same list when there are none). */
    public static List<Quote> apply(List<Quote> found, String text, EntityAnalysis entities, List<SpeakerCorrection> corrections) {
        if (corrections.isEmpty() || found.isEmpty()) {
            return found;
        }
        List<Quote> quotes = new ArrayList<>(found);
        for (SpeakerCorrection c : corrections) {
            int i = find(quotes, c);
            if (i >= 0) {
                quotes.set(i, quotes.get(i).withSpeaker(speaker(c.speaker(), quotes.get(i), text, entities)));
            }
        }
        return quotes;
    }

    private static int find(List<Quote> quotes, SpeakerCorrection c) {
        int sameWords = -1;
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (q.text().equals(c.quote())) {
                if (q.start() == c.start()) {
                    return i;
                }
                if (sameWords < 0 || Math.abs(q.start() - c.start()) < Math.abs(quotes.get(sameWords).start() - c.start())) {
                    sameWords = i;
                }
            }
        }
        return sameWords;
    }

    /**
     * The entity of that name (any case) at its mention nearest the quote; else the typed words, at their
     * occurrence nearest the quote or at -1..-1 when the text does not hold them.
     */
    static Speaker speaker(String name, Quote quote, String text, EntityAnalysis entities) {
        for (Entity e : entities.entities()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                Mention nearest = null;
                for (Mention m : entities.mentions()) {
                    if (e.id().equals(m.entity()) && (nearest == null || distance(m.start(), quote) < distance(nearest.start(), quote))) {
                        nearest = m;
                    }
                }
                return nearest == null ? new Speaker(e.name(), e.id(), -1, -1, false)
                        : new Speaker(e.name(), e.id(), nearest.start(), nearest.end(), false);
            }
        }
        int best = -1;
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            if (best < 0 || distance(i, quote) < distance(best, quote)) {
                best = i;
            }
        }
        return new Speaker(name, null, best, best < 0 ? -1 : best + name.length(), false);
    }

    private static int distance(int offset, Quote quote) {
        return offset < quote.start() ? quote.start() - offset : Math.max(0, offset - quote.end());
    }
}

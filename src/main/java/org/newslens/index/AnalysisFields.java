package org.newslens.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.newslens.analysis.ArticleDates;
import org.newslens.analysis.Quote;
import org.newslens.analysis.TimeExpression;
import org.newslens.analysis.Timeline;
import org.newslens.article.Article;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;

/**
 * The fields derived from an article's quotes and dates ({@code org.newslens.analysis}, pure rules over the
 * article and its entities; the quotes come with the speakers the reader corrected, see
 * {@link EntitySource#quotes}): {@code speaker:} holds each
 * quote's speaker names at the quote's range, {@code quote:} the words of the quotes (stemmed, as the text),
 * and {@link IndexFields#DATE_SPAN} each normalised DATE mention as its first and last day, at the mention.
 * Dates are read against the article's own date (metadata or dateline); one the reader gave in the window is
 * not known here.
 */
final class AnalysisFields {
    private final Timeline timeline = new Timeline();
    private final Analyzer stemming;
    private final Analyzer names;

    AnalysisFields(Analyzer stemming, Analyzer names) {
        this.stemming = stemming;
        this.names = names;
    }

    /** @param quotes the article's quotes, with the speakers the reader gave */
    void add(Document doc, Article article, EntityAnalysis entities, List<Quote> quotes, FieldType offsets) throws IOException {
        String text = article.text();
        List<Quote> found = new ArrayList<>(quotes);
        found.sort(Comparator.comparingInt(Quote::start));
        add(doc, IndexFields.SPEAKER, speakerTokens(found, entities), text.length(), offsets);
        add(doc, IndexFields.QUOTE, quoteTokens(found, text), text.length(), offsets);
        ArticleDates.Found date = ArticleDates.find(article);
        add(doc, IndexFields.DATE_SPAN, dateTokens(timeline.build(text, entities, date == null ? null : date.date())), text.length(), offsets);
    }

    private static void add(Document doc, String field, List<MentionTokenStream.Token> tokens, int length, FieldType offsets) {
        if (!tokens.isEmpty()) {
            doc.add(new Field(field, new MentionTokenStream(tokens, length), offsets));
        }
    }

    /** Every name of each quote's speaker (an entity's name and aliases, or an unnamed speaker's words), at the quote. */
    private List<MentionTokenStream.Token> speakerTokens(List<Quote> found, EntityAnalysis entities) throws IOException {
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : entities.entities()) {
            byId.put(e.id(), e);
        }
        List<MentionTokenStream.Token> out = new ArrayList<>();
        for (Quote q : found) {
            if (q.speaker() == null) {
                continue;
            }
            Set<String> variants = new LinkedHashSet<>();
            variants.add(q.speaker().name());
            Entity entity = q.speaker().entity() == null ? null : byId.get(q.speaker().entity());
            if (entity != null) {
                variants.add(entity.name());
                variants.addAll(entity.aliases());
            }
            for (String variant : variants) {
                List<String> terms = TextAnalyzer.terms(names, variant);
                for (int i = 0; i < terms.size(); i++) {
                    out.add(new MentionTokenStream.Token(terms.get(i), q.start(), q.end(), increment(i > 0, out)));
                }
            }
        }
        return out;
    }

    /** The words of the quotes at their own offsets; overlapping quotes are read once. */
    private List<MentionTokenStream.Token> quoteTokens(List<Quote> found, String text) throws IOException {
        List<MentionTokenStream.Token> out = new ArrayList<>();
        int covered = 0;
        for (Quote q : found) {
            int from = Math.max(q.start(), covered);
            if (q.end() <= from) {
                continue;
            }
            boolean first = true;
            try (TokenStream ts = stemming.tokenStream(IndexFields.QUOTE, text.substring(from, q.end()))) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    out.add(new MentionTokenStream.Token(term.toString(), from + offset.startOffset(), from + offset.endOffset(), increment(!first, out)));
                    first = false;
                }
                ts.end();
            }
            covered = q.end();
        }
        return out;
    }

    /** Each DATE mention with a first and last day, as "first/last" (ISO dates sort as text) at the mention. */
    private static List<MentionTokenStream.Token> dateTokens(List<TimeExpression> timeline) {
        List<TimeExpression> dated = new ArrayList<>();
        for (TimeExpression t : timeline) {
            if (DateSpanQuery.isDay(t.from()) && DateSpanQuery.isDay(t.to())) {
                dated.add(t);
            }
        }
        dated.sort(Comparator.comparingInt(TimeExpression::start));
        List<MentionTokenStream.Token> out = new ArrayList<>();
        for (TimeExpression t : dated) {
            out.add(new MentionTokenStream.Token(t.from() + "/" + t.to(), t.start(), t.end(), increment(false, out)));
        }
        return out;
    }

    /** A phrase never runs from one quote (or name) into the next. */
    private static int increment(boolean continues, List<MentionTokenStream.Token> so) {
        return continues ? 1 : so.isEmpty() ? 1 : ParagraphGapFilter.GAP;
    }
}

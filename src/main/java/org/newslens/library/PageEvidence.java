package org.newslens.library;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newslens.analysis.FigureValues;
import org.newslens.annotation.Annotation;
import org.newslens.article.TextRange;
import org.newslens.index.ArticleTable;
import org.newslens.index.LibraryArticle;
import org.newslens.nlp.EntityLabel;

/**
 * An entity page's quotes and figures, gathered from the text of each article the page lists, and the reader's notes,
 * gathered from every article naming the entity (they need no text).
 */
final class PageEvidence {
    private static final int SENTENCE = 200;

    private final EntityPages.SavedNotes saved;
    private final List<Placed<EntityPage.PageQuote>> quotes = new ArrayList<>();
    private final List<Placed<EntityPage.PageFigure>> figures = new ArrayList<>();
    private final List<Placed<EntityPage.PageNote>> notes = new ArrayList<>();

    PageEvidence(EntityPages.SavedNotes saved) {
        this.saved = saved;
    }

    /** Adds the reader's highlights and notes on one of the entity's mentions in {@code row}'s article (table {@code t}), or naming it ({@code names}, folded). */
    void addNotes(PageTotals.Row row, ArticleTable t, Set<String> names) {
        List<Annotation> all = saved.of(row.contentHash);
        if (all.isEmpty()) {
            return;
        }
        EntityPage.Appearance where = row.appearance();
        for (Annotation a : all) {
            if (touches(a, t, row.matched, names)) {
                notes.add(new Placed<>(row, a.start(), new EntityPage.PageNote(where, a.id(), a.start(), a.end(), a.exact(),
                        a.note(), a.tags(), a.colour().id())));
            }
        }
    }

    /** Adds what the listed {@code article} (of {@code row}) holds: the entity's quotes, the figures in sentences naming it. */
    void addListed(LibraryArticle article, PageTotals.Row row, List<LibraryArticle.EntityAt> own) {
        EntityPage.Appearance where = row.appearance();
        for (LibraryArticle.QuoteAt q : article.quotesBy(row.matchedSet())) {
            quotes.add(new Placed<>(row, q.start(), new EntityPage.PageQuote(where, q.start(), q.end(),
                    q.text(article.text()), q.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), q.cue())));
        }
        addFigures(article, row, where, own);
    }

    /** The figures in a sentence naming the entity, read from the stored mentions (only the paragraphs naming it are split). */
    private void addFigures(LibraryArticle article, PageTotals.Row row, EntityPage.Appearance where, List<LibraryArticle.EntityAt> own) {
        String text = article.text();
        List<LibraryArticle.EntityAt> candidates = new ArrayList<>();
        for (LibraryArticle.EntityAt m : article.mentions()) {
            if (m.entity() < article.entities().size() && article.entities().get(m.entity()).label() == EntityLabel.FIGURE) {
                candidates.add(m);
            }
        }
        if (candidates.isEmpty() || own.isEmpty()) {
            return;
        }
        List<TextRange> sentences = ownSentences(article, own);
        BitSet naming = new BitSet();
        for (LibraryArticle.EntityAt m : own) {
            int s = Sentences.indexOf(sentences, m.start());
            if (s >= 0) {
                naming.set(s);
            }
        }
        for (LibraryArticle.EntityAt m : candidates) {
            int s = Sentences.indexOf(sentences, m.start());
            if (s < 0 || !naming.get(s)) {
                continue;
            }
            String words = text.substring(m.start(), m.end());
            FigureValues.Value v = FigureValues.read(words, text.substring(m.end(), Math.min(text.length(), m.end() + 20)), null);
            TextRange sentence = sentences.get(s);
            String shown = text.substring(sentence.start(), Math.min(sentence.end(), sentence.start() + SENTENCE));
            figures.add(new Placed<>(row, m.start(), new EntityPage.PageFigure(where, m.start(), m.end(), words,
                    v.value(), v.unit(), v.relation(), EntityPages.oneLine(shown))));
        }
    }

    /** The sentences of the paragraphs naming the entity: no other sentence can name it. */
    private static List<TextRange> ownSentences(LibraryArticle article, List<LibraryArticle.EntityAt> own) {
        if (article.paragraphs().isEmpty()) {
            return Sentences.of(article.text(), List.of());
        }
        List<TextRange> blocks = new ArrayList<>();
        for (LibraryArticle.EntityAt m : own) {
            int p = Sentences.indexOf(article.paragraphs(), m.start());
            if (p >= 0 && !blocks.contains(article.paragraphs().get(p))) {
                blocks.add(article.paragraphs().get(p));
            }
        }
        blocks.sort(Comparator.comparingInt(TextRange::start));
        return Sentences.of(article.text(), blocks);
    }

    private static boolean touches(Annotation a, ArticleTable t, boolean[] matched, Set<String> names) {
        if (!a.isArticleNote()) {
            for (int m = 0; m < t.mentionCount(); m++) {
                int e = t.mentionEntity(m);
                if (e < matched.length && matched[e] && t.mentionStart(m) < a.end() && a.start() < t.mentionEnd(m)) {
                    return true;
                }
            }
        }
        String words = EntityKey.fold(a.note() + "\n" + a.exact() + "\n" + String.join("\n", a.tags()));
        return names.stream().anyMatch(n -> n.length() > 1 && words.contains(n));
    }

    List<EntityPage.PageQuote> quotes() {
        return sorted(quotes);
    }

    List<EntityPage.PageFigure> figures() {
        return sorted(figures);
    }

    List<EntityPage.PageNote> notes() {
        return sorted(notes);
    }

    /** In the page's article order, then by place in the article. */
    private static <T> List<T> sorted(List<Placed<T>> items) {
        return items.stream().sorted(Comparator.comparingInt((Placed<T> p) -> p.row().rank).thenComparingInt(Placed::start))
                .map(Placed::item).toList();
    }

    private record Placed<T>(PageTotals.Row row, int start, T item) {
    }
}

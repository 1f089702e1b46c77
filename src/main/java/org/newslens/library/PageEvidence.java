package org.newslens.library;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newslens.analysis.FigureValues;
import org.newslens.annotation.Annotation;
import org.newslens.article.TextRange;
import org.newslens.index.LibraryArticle;
import org.newslens.nlp.EntityLabel;

/** An entity page's quotes, figures and the reader's notes, gathered article by article. */
final class PageEvidence {
    private static final int SENTENCE = 200;

    private final EntityPages.SavedNotes saved;
    private final List<Placed<EntityPage.PageQuote>> quotes = new ArrayList<>();
    private final List<Placed<EntityPage.PageFigure>> figures = new ArrayList<>();
    private final List<Placed<EntityPage.PageNote>> notes = new ArrayList<>();

    PageEvidence(EntityPages.SavedNotes saved) {
        this.saved = saved;
    }

    /**
     * Adds what {@code article} holds on the entity: {@code matched} are the indexes of its entities that are
     * the page's entity, {@code own} their mentions, {@code names} every name it goes by, folded, {@code sentences}
     * the sentences of the paragraphs naming it, in order.
     */
    void add(LibraryArticle article, EntityPage.Appearance where, Set<Integer> matched, List<LibraryArticle.EntityAt> own,
             Set<String> names, List<TextRange> sentences) {
        for (LibraryArticle.QuoteAt q : article.quotesBy(matched)) {
            quotes.add(new Placed<>(EntityPages.when(article), where, q.start(), new EntityPage.PageQuote(where, q.start(), q.end(),
                    q.text(article.text()), q.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), q.cue())));
        }
        addFigures(article, where, own, sentences);
        for (Annotation a : saved.of(article.contentHash())) {
            if (touches(a, own, names)) {
                notes.add(new Placed<>(EntityPages.when(article), where, a.start(), new EntityPage.PageNote(where, a.id(), a.start(), a.end(), a.exact(),
                        a.note(), a.tags(), a.colour().id())));
            }
        }
    }

    /** The figures in a sentence naming the entity, read from the stored mentions (no other sentence is split). */
    private void addFigures(LibraryArticle article, EntityPage.Appearance where, List<LibraryArticle.EntityAt> own, List<TextRange> sentences) {
        String text = article.text();
        BitSet naming = new BitSet();
        for (LibraryArticle.EntityAt m : own) {
            int s = Sentences.indexOf(sentences, m.start());
            if (s >= 0) {
                naming.set(s);
            }
        }
        for (LibraryArticle.EntityAt m : article.mentions()) {
            if (m.entity() >= article.entities().size() || article.entities().get(m.entity()).label() != EntityLabel.FIGURE) {
                continue;
            }
            int s = Sentences.indexOf(sentences, m.start());
            if (s < 0 || !naming.get(s)) {
                continue;
            }
            String words = text.substring(m.start(), m.end());
            FigureValues.Value v = FigureValues.read(words, text.substring(m.end(), Math.min(text.length(), m.end() + 20)), null);
            TextRange sentence = sentences.get(s);
            String shown = text.substring(sentence.start(), Math.min(sentence.end(), sentence.start() + SENTENCE));
            figures.add(new Placed<>(EntityPages.when(article), where, m.start(), new EntityPage.PageFigure(where, m.start(), m.end(), words,
                    v.value(), v.unit(), v.relation(), EntityPages.oneLine(shown))));
        }
    }

    private static boolean touches(Annotation a, List<LibraryArticle.EntityAt> own, Set<String> names) {
        if (!a.isArticleNote() && own.stream().anyMatch(m -> m.start() < a.end() && a.start() < m.end())) {
            return true;
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

    /** In the page's article order (by date, then title and file), then by place in the article. */
    private static <T> List<T> sorted(List<Placed<T>> items) {
        return items.stream().sorted(Comparator.comparing((Placed<T> p) -> p.published(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(p -> String.valueOf(p.where().title()), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(p -> String.valueOf(p.where().file()))
                        .thenComparingInt(Placed::start))
                .map(Placed::item).toList();
    }

    private record Placed<T>(OffsetDateTime published, EntityPage.Appearance where, int start, T item) {
    }
}

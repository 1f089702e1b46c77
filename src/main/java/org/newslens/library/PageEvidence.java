package org.newslens.library;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newslens.analysis.Figure;
import org.newslens.analysis.FigureValues;
import org.newslens.analysis.Quote;
import org.newslens.analysis.QuoteFinder;
import org.newslens.annotation.Annotation;
import org.newslens.index.EntitySummary;
import org.newslens.index.LibraryArticle;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;

/** An entity page's quotes, figures and the reader's notes, gathered article by article. */
final class PageEvidence {
    private static final int SENTENCE = 200;

    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final EntityPages.SavedNotes saved;
    private final List<Placed<EntityPage.PageQuote>> quotes = new ArrayList<>();
    private final List<Placed<EntityPage.PageFigure>> figures = new ArrayList<>();
    private final List<Placed<EntityPage.PageNote>> notes = new ArrayList<>();

    PageEvidence(EntityPages.SavedNotes saved) {
        this.saved = saved;
    }

    /**
     * Adds what {@code article} holds on the entity: {@code matched} are the indexes of its entities that are
     * the page's entity, {@code own} their mentions, {@code names} every name it goes by, folded.
     */
    void add(LibraryArticle article, EntityPage.Appearance where, Set<Integer> matched, List<LibraryArticle.EntityAt> own,
             Set<String> names) {
        EntityAnalysis analysis = analysis(article);
        for (Quote q : quoteFinder.find(article.text(), analysis)) {
            if (q.speaker() != null && q.speaker().entity() != null && matched.contains(Integer.valueOf(q.speaker().entity()))) {
                quotes.add(new Placed<>(article.published(), where, q.start(), new EntityPage.PageQuote(where, q.start(), q.end(), q.text(),
                        q.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), q.cue())));
            }
        }
        if (analysis.mentions().stream().anyMatch(m -> m.label() == EntityLabel.FIGURE)) {
            for (Figure f : FigureValues.of(article.text(), analysis)) {
                if (own.stream().anyMatch(m -> m.start() >= f.sentenceStart() && m.start() < f.sentenceEnd())) {
                    String sentence = article.text().substring(f.sentenceStart(), Math.min(f.sentenceEnd(), f.sentenceStart() + SENTENCE));
                    figures.add(new Placed<>(article.published(), where, f.start(), new EntityPage.PageFigure(where, f.start(), f.end(), f.text(),
                            f.value(), f.unit(), f.relation(), sentence.strip().replaceAll("\\s+", " "))));
                }
            }
        }
        for (Annotation a : saved.of(article.contentHash())) {
            if (touches(a, own, names)) {
                notes.add(new Placed<>(article.published(), where, a.start(), new EntityPage.PageNote(where, a.id(), a.start(), a.end(), a.exact(),
                        a.note(), a.tags(), a.colour().id())));
            }
        }
    }

    private static boolean touches(Annotation a, List<LibraryArticle.EntityAt> own, Set<String> names) {
        if (!a.isArticleNote() && own.stream().anyMatch(m -> m.start() < a.end() && a.start() < m.end())) {
            return true;
        }
        String words = EntityKey.fold(a.note() + "\n" + a.exact() + "\n" + String.join("\n", a.tags()));
        return names.stream().anyMatch(n -> n.length() > 1 && words.contains(n));
    }

    /** The article's stored entities as an analysis whose entity ids are their indexes ("0", "1", …). */
    private static EntityAnalysis analysis(LibraryArticle article) {
        List<Entity> entities = new ArrayList<>(article.entities().size());
        for (int i = 0; i < article.entities().size(); i++) {
            EntitySummary e = article.entities().get(i);
            entities.add(new Entity(String.valueOf(i), e.name(), e.label(), e.aliases(), e.mentions()));
        }
        List<Mention> mentions = new ArrayList<>(article.mentions().size());
        for (LibraryArticle.EntityAt m : article.mentions()) {
            EntitySummary e = article.entities().get(m.entity());
            mentions.add(new Mention(m.start(), m.end(), article.text().substring(m.start(), m.end()), e.label(),
                    String.valueOf(m.entity()), null));
        }
        return new EntityAnalysis(mentions, entities);
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

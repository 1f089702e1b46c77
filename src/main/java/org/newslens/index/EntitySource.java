package org.newslens.index;

import java.util.List;
import org.newslens.analysis.Quote;
import org.newslens.analysis.QuoteFinder;
import org.newslens.article.Article;
import org.newslens.nlp.EntityAnalysis;

/** Where the index gets an article's entities from (the entity service, with its cache), and its quotes' speakers. */
@FunctionalInterface
public interface EntitySource {
    /** Finds quotes; holds no state, so one serves every thread. */
    QuoteFinder QUOTE_FINDER = new QuoteFinder();

    EntityAnalysis analyse(Article article);

    /**
     * The article's quotes as they are indexed: those {@link QuoteFinder} finds with {@code entities} (what
     * {@link #analyse} gave), with the speakers the reader corrected where a source knows of corrections.
     */
    default List<Quote> quotes(Article article, EntityAnalysis entities) {
        return QUOTE_FINDER.find(article.text(), entities);
    }

    /**
     * True when an article already indexed with this very text may since have got other entities (e.g. the
     * reader corrected them), so they are looked up again rather than skipped.
     */
    default boolean mayHaveChanged(Article article) {
        return false;
    }

    /** No entities: the text is still searchable, the entity fields stay empty. */
    static EntitySource none() {
        return article -> EntityAnalysis.empty();
    }
}

package org.newslens.export;

import java.util.List;
import org.newslens.article.Article;
import org.newslens.article.TextRange;
import org.newslens.index.ArticleIndex;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.index.QuerySyntaxException;
import org.newslens.index.SearchScope;
import org.newslens.nlp.EntityAnalysis;

/**
 * Query hits from the search index's own query language (phrases, fuzzy, entity fields, …), over a
 * throw-away in-memory index of the one article with the entities given, so corrections count.
 */
public final class IndexQueryHits implements QueryHits {

    @Override
    public List<TextRange> find(Article article, EntityAnalysis entities, String query) throws BadQueryException {
        try (ArticleIndex index = LuceneArticleIndex.inMemory()) {
            index.index(article, entities);
            return index.search(query, SearchScope.article(article), 1).hits().stream()
                    .map(h -> new TextRange(h.start(), h.end()))
                    .toList();
        } catch (QuerySyntaxException e) {
            throw new BadQueryException(e.getMessage(), e);
        }
    }
}

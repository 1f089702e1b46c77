package org.newslens.export;

import java.time.Instant;
import java.util.List;
import org.newslens.annotation.Annotation;
import org.newslens.article.Article;
import org.newslens.nlp.EntityAnalysis;

/**
 * Everything one export writes: the article, what was chosen, the passages in reading order, the
 * orphaned highlights that match the choice (they have no place in the current text), the notes on the
 * whole article that match it (every one for "all highlights", those with the tag for a tag) and the entities.
 */
public record ExportDocument(Article article, ExportSelection selection, List<Passage> passages,
                             List<Annotation> orphans, EntityAnalysis entities, Instant exportedAt,
                             List<Annotation> articleNotes) {
    public ExportDocument {
        passages = List.copyOf(passages);
        orphans = List.copyOf(orphans);
        entities = entities == null ? EntityAnalysis.empty() : entities;
        articleNotes = articleNotes == null ? List.of() : List.copyOf(articleNotes);
    }

    public ExportDocument(Article article, ExportSelection selection, List<Passage> passages,
                          List<Annotation> orphans, EntityAnalysis entities, Instant exportedAt) {
        this(article, selection, passages, orphans, entities, exportedAt, List.of());
    }
}

package org.newslens.annotation;

import java.nio.file.Files;
import org.newslens.article.Article;
import org.newslens.index.EntitySource;
import org.newslens.nlp.EntityAnalysis;

/**
 * The entities the search index is fed: the recogniser's, with the reader's stored corrections laid over
 * them. Reads the annotation files only, so it is safe on any thread.
 */
public record CorrectedEntities(EntitySource recognised, AnnotationStorage storage) implements EntitySource {

    @Override
    public EntityAnalysis analyse(Article article) {
        return storage.corrected(article, recognised.analyse(article));
    }

    /**
     * An article with an annotation file, or any article once library-wide corrections were made (also when the
     * last was undone since), may have been corrected since it was indexed.
     */
    @Override
    public boolean mayHaveChanged(Article article) {
        return Files.isRegularFile(storage.fileFor(article)) || Files.isRegularFile(storage.library().file());
    }
}

package org.newslens.annotation;

import java.nio.file.Files;
import java.util.List;
import org.newslens.analysis.Quote;
import org.newslens.article.Article;
import org.newslens.index.EntitySource;
import org.newslens.nlp.EntityAnalysis;

/**
 * The entities the search index is fed: the recogniser's, with the reader's stored corrections laid over
 * them; and the quotes, with the reader's stored speaker corrections. Reads the annotation files only, so it is
 * safe on any thread.
 */
public record CorrectedEntities(EntitySource recognised, AnnotationStorage storage) implements EntitySource {

    @Override
    public EntityAnalysis analyse(Article article) {
        return storage.corrected(article, recognised.analyse(article));
    }

    /** The quotes found with the reader's speaker corrections laid over them, so {@code speaker:} finds who the reader said. */
    @Override
    public List<Quote> quotes(Article article, EntityAnalysis entities) {
        return SpeakerCorrector.apply(EntitySource.super.quotes(article, entities), article.text(), entities, storage.speakerCorrections(article));
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

package org.newslens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.AnnotationStore;
import org.newslens.annotation.StoreUnreadableException;
import org.newslens.annotation.WebAnnotationCodec;
import org.newslens.app.AppHome;
import org.newslens.app.Json;
import org.newslens.article.Article;

/** The reader's annotations and entity corrections in the data directory, as the commands read them. */
final class AnnotationsFolder {
    private AnnotationsFolder() {
    }

    /**
     * Opens an article's annotation store, printing its notices (a corrupt file set aside…); a store that
     * cannot be read (permissions) or a data folder that cannot hold one is bad input, exit 2, nothing moved.
     */
    static AnnotationStore open(AppHome home, String userName, Article article, PrintWriter err) {
        try {
            AnnotationStore store = AnnotationStorage.in(home, userName).open(article);
            for (String notice : store.notices()) {
                err.println("newslens: " + notice);
            }
            return store;
        } catch (StoreUnreadableException e) {
            throw new BadInputException(e.getMessage());
        } catch (IOException e) {
            throw new BadInputException("cannot open the annotations in " + home.root().resolve(AnnotationStorage.DIRECTORY)
                    + ": " + Messages.describe(e));
        }
    }

    /** Without a usable annotations folder there are no corrections to read: the recogniser's entities stand. */
    static AnnotationStorage of(AppHome home) {
        try {
            return AnnotationStorage.in(home);
        } catch (IOException e) {
            return new AnnotationStorage(home.root().resolve(AnnotationStorage.DIRECTORY),
                    new WebAnnotationCodec(Json.mapper()), Clock.systemUTC());
        }
    }
}

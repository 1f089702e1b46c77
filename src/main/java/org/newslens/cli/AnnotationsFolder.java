package org.newslens.cli;

import java.io.IOException;
import java.time.Clock;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.WebAnnotationCodec;
import org.newslens.app.AppHome;
import org.newslens.app.Json;

/** The reader's annotations and entity corrections in the data directory, as the commands read them. */
final class AnnotationsFolder {
    private AnnotationsFolder() {
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

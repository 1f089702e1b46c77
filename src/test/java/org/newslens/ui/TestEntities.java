package org.newslens.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.newslens.nlp.CoreNlpRecogniser;
import org.newslens.nlp.EntityCache;
import org.newslens.nlp.EntityService;

/**
 * One real CoreNLP entity service for all window tests in a test run: its models take seconds and much memory
 * to load, so every window built in a test shares them (and a cache in a temporary directory).
 */
public final class TestEntities {
    private static EntityService coreNlp;

    private TestEntities() {
    }

    public static synchronized EntityService coreNlp() {
        if (coreNlp == null) {
            try {
                coreNlp = new EntityService(new CoreNlpRecogniser(),
                        new EntityCache(Files.createTempDirectory("newslens-test-entities")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return coreNlp;
    }
}

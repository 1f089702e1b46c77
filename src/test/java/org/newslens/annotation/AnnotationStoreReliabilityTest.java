package org.newslens.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.Json;
import org.newslens.article.Article;

/** Issue 9: what a killed writer, a second writer or a file the user cannot read leaves in the store. */
class AnnotationStoreReliabilityTest {
    private static final String RAW = "Floods in the valley\n\nHeavy rain closed the northern road on Monday. "
            + "The mayor said repairs would take weeks.";
    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    @TempDir
    Path home;
    @TempDir
    Path articles;

    private AnnotationStorage storage() {
        return new AnnotationStorage(home.resolve("annotations"), new WebAnnotationCodec(Json.mapper()),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private Article article() throws IOException {
        Path file = articles.resolve("floods.txt");
        Files.writeString(file, RAW);
        return TestArticles.article(file, RAW);
    }

    static Annotation highlight(Article article, String phrase, String note) {
        int s = article.text().indexOf(phrase);
        return Annotation.create(article.text(), article.source().toString(), s, s + phrase.length(), HighlightColour.YELLOW,
                note, List.of(), NOW);
    }

    @Test
    void aTruncatedTemporaryLeftByAKillIsRemovedWhenTheStoreOpens() throws Exception {
        Article article = article();
        AnnotationStore first = storage().open(article);
        first.add(highlight(article, "Heavy rain", "kept"));
        Path dir = home.resolve("annotations");
        Path stale = Files.writeString(dir.resolve("." + article.contentHash() + ".json.4412.tmp"), "{\"@context\": [\"ht");
        Files.setLastModifiedTime(stale, FileTime.from(NOW.minus(Duration.ofHours(1))));
        Path inProgress = Files.writeString(dir.resolve("." + article.contentHash() + ".json.9.tmp"), "{");
        Files.setLastModifiedTime(inProgress, FileTime.from(NOW.minusSeconds(2)));

        AnnotationStore reopened = storage().open(article);
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(inProgress), "a temporary another writer may still be writing stays");
        assertEquals(List.of("kept"), reopened.annotations().stream().map(Annotation::note).toList());
    }
}

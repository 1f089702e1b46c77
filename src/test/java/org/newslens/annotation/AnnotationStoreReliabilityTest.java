package org.newslens.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import java.nio.file.attribute.PosixFilePermissions;
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

    @Test
    void twoStoresOnOneFileMergeAddsEditsAndDeletesById() throws Exception {
        Article article = article();
        AnnotationStore window = storage().open(article);
        Annotation x = highlight(article, "Heavy rain", "x");
        Annotation y = highlight(article, "northern road", "y");
        window.add(x);
        window.add(y);
        AnnotationStore cli = storage().open(article);
        Annotation z = highlight(article, "repairs", "z from the command line");
        cli.add(z);
        window.remove(x.id());
        cli.update(y.withNote("y edited by the command line", NOW)); // cli still thinks x exists: its save must not bring x back
        Annotation w = highlight(article, "mayor", "w from the window");
        window.add(w);

        AnnotationStore reopened = storage().open(article);
        assertEquals(List.of("y edited by the command line", "w from the window", "z from the command line"),
                reopened.annotations().stream().map(Annotation::note).toList());
        assertEquals(reopened.annotations(), window.annotations(), "the window's list shows the merge after its next change");
    }

    @Test
    void anEditOfAnAnnotationAnotherWriterDeletedLeavesItDeleted() throws Exception {
        Article article = article();
        AnnotationStore one = storage().open(article);
        Annotation x = highlight(article, "Heavy rain", "x");
        one.add(x);
        AnnotationStore two = storage().open(article);
        two.remove(x.id());
        int[] heard = {0};
        one.addListener(s -> heard[0]++);
        one.update(x.withNote("too late", NOW));
        assertTrue(one.find(x.id()).isEmpty());
        assertTrue(storage().open(article).annotations().isEmpty());
        assertEquals(1, heard[0], "the window hears that its list changed");
    }

    @Test
    void aStoreThatCannotBeReadForAnotherReasonThanItsContentIsLeftAlone() throws Exception {
        Article article = article();
        Path dir = Files.createDirectories(home.resolve("annotations"));
        // works as root too: a folder where the file should be cannot be read, and is no corruption
        Path file = Files.createDirectory(dir.resolve(article.contentHash() + ".json"));
        Files.writeString(file.resolve("keep.txt"), "mine");
        StoreUnreadableException e = assertThrows(StoreUnreadableException.class, () -> storage().open(article));
        assertTrue(e.getMessage().startsWith("cannot read " + file + ": "), e.getMessage());
        assertEquals(List.of(file), listing(dir));
    }

    @Test
    void aPermissionErrorIsReportedAsSuchAndNothingIsMoved() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file: permissions cannot fail");
        Article article = article();
        AnnotationStore store = storage().open(article);
        store.add(highlight(article, "Heavy rain", "private"));
        Path file = store.file();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            StoreUnreadableException e = assertThrows(StoreUnreadableException.class, () -> storage().open(article));
            assertEquals("cannot read " + file + ": permission denied", e.getMessage());
            assertEquals(List.of(file), listing(file.getParent()));
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".lock")).sorted().toList();
        }
    }
}

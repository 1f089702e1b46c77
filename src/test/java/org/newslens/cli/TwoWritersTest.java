package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.annotation.Annotation;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.AnnotationStore;
import org.newslens.app.AppHome;
import org.newslens.article.ArticleLoader;

/** Issue 9.2: two processes writing one article's annotations at the same time lose nothing. */
class TwoWritersTest {
    private static final int EACH = 25;

    @TempDir
    Path dir;

    @Test
    void twoCommandLinesAndAWindowBesideACommandLineLoseNothing() throws Exception {
        Path home = dir.resolve("home");
        Path article = Files.writeString(dir.resolve("a.txt"), "Two writers\n\nOne article, annotated by two processes at once. Case "
                + UUID.randomUUID() + ".");

        run(home, article, "first", "cli", "second", "cli");
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < EACH; i++) {
            expected.add("first-" + i);
            expected.add("second-" + i);
        }
        assertEquals(expected, notes(home, article), "two command lines");

        Path other = Files.writeString(dir.resolve("b.txt"), "Window and command line\n\nThe window keeps its store open. Case "
                + UUID.randomUUID() + ".");
        run(home, other, "window", "window", "cli", "cli");
        expected.clear();
        for (int i = 0; i < EACH; i++) {
            if (i % 5 != 4) {
                expected.add("window-" + i); // every fifth was deleted again: the other writer must not bring it back
            }
            expected.add("cli-" + i);
        }
        assertEquals(expected, notes(home, other), "a window beside a command line");
    }

    private static void run(Path home, Path article, String name1, String mode1, String name2, String mode2) throws Exception {
        List<CompletableFuture<JavaProcess.Result>> both = new ArrayList<>();
        for (String[] w : new String[][] {{name1, mode1}, {name2, mode2}}) {
            ProcessBuilder pb = JavaProcess.builder(home, ConcurrentWriter.class, article.toString(), w[0], "" + EACH, w[1]);
            both.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return JavaProcess.run(pb, null);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (CompletableFuture<JavaProcess.Result> f : both) {
            JavaProcess.Result r = f.get();
            assertEquals(0, r.exitCode(), r.err());
        }
    }

    private static Set<String> notes(Path home, Path article) throws Exception {
        AnnotationStore store = AnnotationStorage.in(new AppHome(home)).open(new ArticleLoader().load(article));
        Set<String> notes = new TreeSet<>();
        store.annotations().stream().map(Annotation::note).forEach(notes::add);
        store.orphans().stream().map(Annotation::note).forEach(notes::add);
        return notes;
    }
}

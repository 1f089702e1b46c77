package org.newslens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9.1: an output file never replaces the input, nor an existing file unless the user says so. */
class OutputFilesTest {
    @TempDir
    Path dir;

    @Test
    void theInputIsNeverWrittenOverWhateverItIsCalled() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "the article");
        Files.createDirectory(dir.resolve("sub"));
        Path viaOtherPath = dir.resolve("sub/../a.txt");
        Path symlink = Files.createSymbolicLink(dir.resolve("link.txt"), article);
        Path hardLink = Files.createLink(dir.resolve("hard.txt"), article);
        Path linkedFolder = Files.createSymbolicLink(dir.resolve("folder-link"), dir);
        for (Path target : List.of(article, viaOtherPath, symlink, hardLink, linkedFolder.resolve("a.txt"))) {
            OutputFiles.RefusedException e = assertThrows(OutputFiles.RefusedException.class,
                    () -> OutputFiles.write(target, "export", List.of(article), true), target.toString());
            assertTrue(e.getMessage().contains("it is the input"), e.getMessage());
        }
        assertEquals("the article", Files.readString(article));
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAsked() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "the article");
        Path out = Files.writeString(dir.resolve("out.md"), "earlier export");
        OutputFiles.RefusedException e = assertThrows(OutputFiles.RefusedException.class,
                () -> OutputFiles.write(out, "new", List.of(article), false));
        assertEquals(out + " already exists; add --force to replace it", e.getMessage());
        assertEquals("earlier export", Files.readString(out));

        OutputFiles.write(out, "new", List.of(article), true);
        assertEquals("new", Files.readString(out));
        OutputFiles.write(dir.resolve("fresh.md"), "fresh", List.of(article), false);
        assertEquals("fresh", Files.readString(dir.resolve("fresh.md")));
    }

    @Test
    void aFolderOrAPathThroughAFileIsRefused() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "the article");
        assertThrows(OutputFiles.RefusedException.class, () -> OutputFiles.write(dir, "x", List.of(article), true));
        OutputFiles.RefusedException e = assertThrows(OutputFiles.RefusedException.class,
                () -> OutputFiles.write(article.resolve("x.md"), "x", List.of(), true));
        assertTrue(e.getMessage().endsWith(article + " is not a folder"), e.getMessage());
        assertEquals("the article", Files.readString(article));
    }
}

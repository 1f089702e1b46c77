package org.newslens.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9, small ones in loading: UTF-16 without a BOM, NUL bytes, and messages that say what is really wrong. */
class LoadingMessagesTest {
    @TempDir
    Path dir;

    private String failure(Path file) {
        ArticleLoadException e = assertThrows(ArticleLoadException.class, () -> new ArticleLoader().load(file));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    private Article load(String name, byte[] bytes) throws Exception {
        return new ArticleLoader().load(Files.write(dir.resolve(name), bytes));
    }

    @Test
    void utf16WithoutBomHoldingOneEmojiIsText() throws Exception {
        assertEquals("\uD83D\uDE00", load("emoji.txt", "\uD83D\uDE00".getBytes(StandardCharsets.UTF_16LE)).text());
        assertEquals("\uD83D\uDE00", load("emoji-be.txt", "\uD83D\uDE00".getBytes(StandardCharsets.UTF_16BE)).text());
    }

    @Test
    void utf16WithoutBomInCyrillicGreekAndChineseIsText() throws Exception {
        for (String text : new String[] {"Правительство объявило о новых мерах.", "Η κυβέρνηση ανακοίνωσε νέα μέτρα.", "政府宣布了新的措施。"}) {
            Article le = load("le.txt", text.getBytes(StandardCharsets.UTF_16LE));
            assertEquals(text, le.text());
            assertEquals("UTF-16LE", le.encoding());
            assertEquals(text, load("be.txt", text.getBytes(StandardCharsets.UTF_16BE)).text());
        }
    }

    @Test
    void aNulByteIsRefusedWhereverItIs() throws Exception {
        String text = "Ministers met in Geneva on Tuesday. ".repeat(1000);
        for (int at : new int[] {10, 9000, text.length() - 5}) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            bytes[at] = 0;
            String message = failure(Files.write(dir.resolve("nul" + at + ".txt"), bytes));
            assertTrue(message.contains(String.format(java.util.Locale.ROOT, "a NUL byte at byte %,d", at)), message);
        }
        // a short one too, whose one NUL is over 1% of its bytes: not read two bytes at a time as Han characters
        String shortOne = failure(Files.write(dir.resolve("hello.txt"), "hello\u0000world\n".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(shortOne.contains("a NUL byte at byte 5"), shortOne);
    }

    @Test
    void aFifoIsNotAFileRatherThanEmpty() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "no mkfifo on this system");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        String message = failure(fifo);
        assertTrue(message.contains("is not a regular file"), message);
        assertFalse(message.contains("empty"), message);
    }

    @Test
    void aSymlinkLoopIsNotMissing() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        String message = failure(a);
        assertTrue(message.contains("symbolic link that loops"), message);
        assertFalse(message.startsWith("No such file"), message);
    }

    @Test
    void aDanglingSymlinkNamesItsTarget() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("story.txt"), dir.resolve("moved-away.txt"));
        assertTrue(failure(link).contains("is a symbolic link to " + dir.resolve("moved-away.txt") + ", which does not exist"));
    }

    @Test
    void aFileOneByteOverTheLimitSaysSoExactly() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "Eleven byte");
        assertEquals(file + " is too large to open: 11 bytes, over the limit of 10 bytes (0.0 MB).",
                assertThrows(ArticleLoadException.class, () -> new ArticleLoader(10).load(file)).getMessage());
    }
}

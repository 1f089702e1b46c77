package org.newslens.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
    @TempDir
    Path dir;

    private String failure(Path file) {
        ArticleLoadException e = assertThrows(ArticleLoadException.class, () -> new ArticleLoader().load(file));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), "names the file: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void missingFile() {
        assertTrue(failure(dir.resolve("gone.txt")).startsWith("No such file"));
    }

    @Test
    void directory() {
        assertTrue(failure(dir).contains("is a folder"));
    }

    @Test
    void unreadableFile() throws Exception {
        Path file = Files.writeString(dir.resolve("secret.txt"), "Private words.");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: every file is readable, so there is nothing to test");
        assertTrue(failure(file).contains("permission denied"));
    }

    @Test
    void emptyFile() throws Exception {
        assertTrue(failure(Files.write(dir.resolve("empty.txt"), new byte[0])).contains("is empty"));
    }

    @Test
    void whitespaceOnlyFile() throws Exception {
        assertTrue(failure(Files.writeString(dir.resolve("blank.md"), " \n\t\r\n   \n")).contains("is empty"));
    }

    @Test
    void markdownWithOnlyAnImageHasNoReadableText() throws Exception {
        assertTrue(failure(Files.writeString(dir.resolve("pic.md"), "![photo](a.jpg)\n")).contains("no readable text"));
    }

    @Test
    void pngImage() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertTrue(failure(Files.write(dir.resolve("photo.txt"), png)).contains("PNG image"));
    }

    @Test
    void zipArchive() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("story.txt"));
            zip.write("Some words.".getBytes());
        }
        assertTrue(failure(Files.write(dir.resolve("story.md"), bytes.toByteArray())).contains("ZIP archive"));
    }

    @Test
    void unknownBinaryWithNulBytes() throws Exception {
        byte[] data = new byte[512];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7);
        }
        assertTrue(failure(Files.write(dir.resolve("data.txt"), data)).contains("binary data"));
    }

    @Test
    void mostlyControlCharactersIsBinary() throws Exception {
        byte[] data = new byte[400];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i % 3 == 0 ? 'a' : 1 + i % 8);
        }
        assertTrue(failure(Files.write(dir.resolve("odd.txt"), data)).contains("binary data"));
    }

    @Test
    void oversizedFileIsRefusedWithItsSizeAndTheLimit() throws Exception {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(ArticleLoader.MAX_BYTES + 10L * 1024 * 1024);
        }
        String message = failure(file);
        assertTrue(message.contains("62,914,560 bytes"), message);
        assertTrue(message.contains("limit of 52,428,800 bytes (50 MB)"), message);
    }

    @Test
    void fileJustUnderALimitStillLoads() throws Exception {
        Path file = Files.writeString(dir.resolve("ok.txt"), "Short but fine.");
        assertEquals("Short but fine.", new ArticleLoader(Files.size(file)).load(file).text());
        assertThrows(ArticleLoadException.class, () -> new ArticleLoader(Files.size(file) - 1).load(file));
    }
}

package org.newslens.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input in the new formats (issue 10): one line naming the file, nothing unpacked or held beyond the limits. */
class HostileFormatsTest {
    @TempDir
    Path dir;

    private String failure(Path file) {
        ArticleLoadException e = assertThrows(ArticleLoadException.class, () -> new ArticleLoader().load(file));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), "names the file: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void corruptPdf() throws Exception {
        Path file = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage".getBytes(StandardCharsets.US_ASCII));
        assertTrue(failure(file).contains("not a readable PDF"));
    }

    @Test
    void encryptedPdf() throws Exception {
        PDDocument doc = Fixtures.pdf(null, List.of(List.of("Secret minutes of the meeting.")));
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
        Path file = dir.resolve("locked.pdf");
        doc.save(file.toFile());
        doc.close();
        assertTrue(failure(file).contains("encrypted PDF that needs a password"));
    }

    @Test
    void scannedPdfWithoutTextLayer() throws Exception {
        PDDocument doc = new PDDocument();
        doc.addPage(new PDPage());
        Path file = dir.resolve("scan.pdf");
        doc.save(file.toFile());
        doc.close();
        assertTrue(failure(file).contains("has no text layer"));
    }

    @Test
    void zipBombPosingAsDocxIsRefusedBeforeItIsUnpacked() throws Exception {
        Path file = dir.resolve("bomb.docx");
        byte[] zeros = new byte[1024 * 1024];
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            for (long written = 0; written <= Limits.MAX_UNZIPPED; written += zeros.length) {
                zip.write(zeros);
            }
        }
        assertTrue(Files.size(file) < 2 * 1024 * 1024, "a small file that unpacks to over the limit");
        assertTrue(failure(file).contains("zip bomb"));
    }

    @Test
    void epubWithTooManyEntriesIsRefused() throws Exception {
        Path file = dir.resolve("many.epub");
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (int i = 0; i <= Limits.MAX_ZIP_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("e" + i));
            }
        }
        assertTrue(failure(file).contains("entries"));
    }

    @Test
    void epubWithoutPackageDocumentAndNonZipDocx() throws Exception {
        assertTrue(failure(Fixtures.zip(dir.resolve("empty.epub"), Map.of("mimetype", "application/epub+zip"))).contains("not a readable EPUB"));
        assertTrue(failure(Files.writeString(dir.resolve("fake.docx"), "just text")).contains("not a readable Word"));
    }

    @Test
    void emailWithAFortyMegabyteAttachmentOpensWithTheAttachmentListedNotLoaded() throws Exception {
        Path file = dir.resolve("big.eml");
        int attachment = 40 * 1024 * 1024;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            w.write("From: Desk <desk@example.net>\r\nSubject: Footage from the port\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: multipart/mixed; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\n"
                    + "The video of the blockade is attached.\r\n--x\r\nContent-Type: video/mp4\r\n"
                    + "Content-Disposition: attachment; filename=\"port.mp4\"\r\nContent-Transfer-Encoding: base64\r\n\r\n");
            String line = Base64.getEncoder().encodeToString(new byte[57]); // 57 bytes per 76-character line
            for (int i = 0; i < attachment / 57; i++) {
                w.write(line);
                w.write("\r\n");
            }
            w.write("--x--\r\n");
        }
        assertTrue(Files.size(file) > ArticleLoader.MAX_BYTES, "bigger than a text article may be");
        Article a = new ArticleLoader().load(file);
        assertEquals("Footage from the port", a.title());
        assertTrue(a.text().startsWith("From: Desk <desk@example.net>\n\nThe video of the blockade is attached."), a.text());
        assertTrue(a.text().endsWith(String.format(java.util.Locale.ROOT, "Attachments: port.mp4 (video/mp4, %,d bytes).",
                attachment / 57 * 57)), a.text());
        assertTrue(a.text().length() < 500);
    }

    @Test
    void aPageOneByteOverTheLimitIsRefusedWithExactSizes() throws Exception {
        Path file = dir.resolve("huge.html");
        try (var raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.write("<!doctype html><p>".getBytes(StandardCharsets.US_ASCII));
            raf.setLength(ArticleLoader.MAX_BYTES + 1);
        }
        assertEquals(file + " is too large to open: 52,428,801 bytes, over the limit of 52,428,800 bytes (50 MB).", failure(file));
    }
}

package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.Json;
import org.newslens.article.ArticleLoader;

/** info, entities and search on e-mail and Word files, with the same offsets as the loaded text; bad ones exit 2. */
class DocumentFormatsCliTest {
    private static final String EML = "From: Amina Khan <amina@example.org>\r\nTo: desk@example.net\r\nSubject: Talks resume\r\n"
            + "Date: Mon, 3 Jun 2024 10:15:00 +0200\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + "Negotiators met in Geneva on Monday.\r\n\r\nThe harbour talks continue in Nairobi next week.\r\n";

    @TempDir
    Path dir;

    private Path docx(Path file, String sentence) throws Exception {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t>" + sentence + "</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void infoPrintsTheEmailHeadersAsMetadata() throws Exception {
        Path eml = Files.writeString(dir.resolve("talks.eml"), EML);
        CliRun run = CliRun.of("info", eml.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(run.out());
        assertEquals("EMAIL", json.get("format").asText());
        assertEquals("Talks resume", json.get("title").asText());
        assertEquals("Amina Khan", json.get("author").asText());
    }

    @Test
    void entitiesOffsetsPointIntoTheLoadedText() throws Exception {
        Path eml = Files.writeString(dir.resolve("talks.eml"), EML);
        String text = new ArticleLoader().load(eml).text();
        CliRun run = CliRun.of("entities", eml.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Geneva"), run.out());
        int at = text.indexOf("Geneva");
        assertTrue(run.out().contains("\"start\" : " + at) || run.out().contains("\"start\":" + at), run.out());
    }

    @Test
    void searchFindsWordsInAFolderOfWordAndEmailFiles() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(folder.resolve("talks.eml"), EML);
        docx(folder.resolve("release.docx"), "The harbour reopens in spring.");
        CliRun run = CliRun.of("search", folder.toString(), "harbour");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(run.out());
        assertEquals(2, json.get("total").asInt(), run.out());
    }

    @Test
    void aDamagedPdfIsOneLineAndExitTwo() throws Exception {
        Path pdf = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.4\nnot really");
        CliRun run = CliRun.of("info", pdf.toString());
        assertEquals(2, run.exitCode());
        assertFalse(run.err().strip().contains("\n"), run.err());
        assertTrue(run.err().contains("not a readable PDF"), run.err());
    }
}

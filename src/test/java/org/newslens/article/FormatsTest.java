package org.newslens.article;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF, EPUB, DOCX and e-mail become the same kind of Article as text: paragraphs, title, metadata, offsets. */
class FormatsTest {
    @TempDir
    Path dir;

    private Article load(Path file) throws Exception {
        return new ArticleLoader().load(file);
    }

    @Test
    void pdfParagraphsAreRebuiltWithoutRunningHeadersPageNumbersOrLineEndHyphens() throws Exception {
        Path file = Fixtures.savePdf(Fixtures.pdf("Harbour Authority Annual Report", List.of(
                List.of("The harbour reopened on Friday after a week of", "repairs to the northern quay.", "",
                        "Engineers said the recon-", "struction cost more than planned."),
                List.of("Ferries resume on Monday, the authority said.", "", "Fishing crews had waited for the",
                        "quay since the storm of the"),
                List.of("winter and welcomed the news.", "", "A review is due in May.")
        )), dir.resolve("report.pdf"), "Harbour Reopens", "Amina Khan");
        Article a = load(file);
        assertEquals(SourceFormat.PDF, a.format());
        assertEquals("Harbour Reopens", a.title());
        assertEquals("Amina Khan", a.author());
        assertArrayEquals(new String[] {
                "The harbour reopened on Friday after a week of repairs to the northern quay.",
                "Engineers said the reconstruction cost more than planned.",
                "Ferries resume on Monday, the authority said.",
                "Fishing crews had waited for the quay since the storm of the winter and welcomed the news.",
                "A review is due in May."}, Articles.paragraphTexts(a));
        for (Paragraph p : a.paragraphs()) {
            assertEquals(a.paragraphText(p), a.text().substring(p.start(), p.end()));
        }
    }

    @Test
    void epubChaptersComeInSpineOrderWithTheBookMetadata() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/epub+zip");
        entries.put("META-INF/container.xml", "<?xml version=\"1.0\"?><container version=\"1.0\" "
                + "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles>"
                + "<rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>");
        entries.put("OEBPS/content.opf", "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
                + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>The Long Winter</dc:title>"
                + "<dc:creator>Jane Doe</dc:creator><dc:language>en</dc:language><dc:date>2023-11-02</dc:date></metadata>"
                + "<manifest><item id=\"c1\" href=\"text/one.xhtml\" media-type=\"application/xhtml+xml\"/>"
                + "<item id=\"c2\" href=\"text/two.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
                + "<spine><itemref idref=\"c2\"/><itemref idref=\"c1\"/></spine></package>");
        entries.put("OEBPS/text/two.xhtml", chapter("Snow", "The snow came early to the valley that year."));
        entries.put("OEBPS/text/one.xhtml", chapter("Thaw", "By March the river had broken its ice."));
        Article a = load(Fixtures.zip(dir.resolve("book.epub"), entries));
        assertEquals(SourceFormat.EPUB, a.format());
        assertEquals("The Long Winter", a.title());
        assertEquals("Jane Doe", a.author());
        assertEquals("en", a.language());
        assertEquals(OffsetDateTime.parse("2023-11-02T00:00Z"), a.published());
        assertTrue(a.text().indexOf("The snow came early") < a.text().indexOf("By March the river"), a.text());
        assertTrue(a.text().contains("Snow"), "chapter heading kept: " + a.text());
    }

    private static String chapter(String heading, String sentence) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>" + heading
                + "</title></head><body><h1>" + heading + "</h1><p>" + sentence + " " + sentence + "</p></body></html>";
    }

    @Test
    void docxHeadingsListsAndPropertiesBecomeTitleParagraphsAndMetadata() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        entries.put("word/document.xml", Fixtures.docxDocument(
                Fixtures.docxParagraph("Title", "Council Approves Budget"),
                Fixtures.docxParagraph(null, "The council ", "approved the budget on Tuesday."),
                Fixtures.docxParagraph("Heading2", "What changes"),
                Fixtures.docxParagraph("ListParagraph", "More buses"),
                Fixtures.docxParagraph("ListParagraph", "Longer library hours")));
        entries.put("docProps/core.xml", "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
                + "<dc:creator>Press Office</dc:creator><dcterms:created>2024-05-01T09:30:00Z</dcterms:created></cp:coreProperties>");
        Article a = load(Fixtures.zip(dir.resolve("release.docx"), entries));
        assertEquals(SourceFormat.DOCX, a.format());
        assertEquals("Council Approves Budget", a.title());
        assertEquals("Press Office", a.author());
        assertEquals(OffsetDateTime.parse("2024-05-01T09:30:00Z"), a.published());
        assertArrayEquals(new String[] {"The council approved the budget on Tuesday.", "What changes", "More buses", "Longer library hours"},
                Articles.paragraphTexts(a));
    }

    @Test
    void emailHeadersAreMetadataThePlainBodyIsTheTextAndAttachmentsAreListed() throws Exception {
        String eml = """
                From: =?UTF-8?Q?Amina_Kh=C3=A1n?= <amina@example.org>
                To: desk@example.net
                Subject: Port talks resume in Geneva
                Date: Mon, 3 Jun 2024 10:15:00 +0200
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: multipart/alternative; boundary="b2"

                --b2
                Content-Type: text/plain; charset=utf-8

                Talks between the two ports resumed in Geneva on Monday.

                Both sides expect an agreement by July.
                --b2
                Content-Type: text/html; charset=utf-8

                <p>HTML version that must not win.</p>
                --b2--
                --b1
                Content-Type: application/pdf; name="minutes.pdf"
                Content-Disposition: attachment; filename="minutes.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQK
                --b1--
                """.replace("\n", "\r\n");
        Article a = load(Files.writeString(dir.resolve("talks.eml"), eml));
        assertEquals(SourceFormat.EMAIL, a.format());
        assertEquals("Port talks resume in Geneva", a.title());
        assertEquals("Amina Khán", a.author());
        assertEquals("example.org", a.site());
        assertEquals(OffsetDateTime.parse("2024-06-03T10:15+02:00"), a.published());
        String[] texts = Articles.paragraphTexts(a);
        assertEquals("From: Amina Khán <amina@example.org> · To: desk@example.net", texts[0]);
        assertEquals("Talks between the two ports resumed in Geneva on Monday.", texts[1]);
        assertEquals("Both sides expect an agreement by July.", texts[2]);
        assertEquals("Attachments: minutes.pdf (application/pdf, 9 bytes).", texts[3]);
        assertFalse(a.text().contains("HTML version"));
    }

    @Test
    void emailWithOnlyAnHtmlBodyIsReadThroughTheHtmlParser() throws Exception {
        String eml = "From: desk@example.net\r\nSubject: Flood warning\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                + "<html><body><nav>Menu</nav><article><p>Rivers rose overnight across the region, officials said.</p>"
                + "<p>Schools stay closed on Tuesday.</p></article></body></html>\r\n";
        Article a = load(Files.writeString(dir.resolve("flood.eml"), eml));
        assertEquals("Flood warning", a.title());
        assertTrue(a.text().contains("Rivers rose overnight across the region, officials said."), a.text());
        assertFalse(a.text().contains("<p>"));
    }
}

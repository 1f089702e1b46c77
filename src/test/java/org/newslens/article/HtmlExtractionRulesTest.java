package org.newslens.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One small page per extraction rule: what a reader of the saved page would see, and what not. */
class HtmlExtractionRulesTest {
    @TempDir
    Path dir;

    private static final String PROSE = "The harbour authority said the new breakwater, finished last spring after two years of work, "
            + "had already kept the worst of the winter storms out of the inner basin, and the fishing fleet had lost fewer days at sea. ";

    private Article load(String body) throws Exception {
        return load("<title>Harbour Report</title>", body);
    }

    private Article load(String head, String body) throws Exception {
        return Articles.load(dir, "page.html", "<!doctype html><html><head><meta charset=utf-8>" + head + "</head><body>" + body + "</body></html>");
    }

    @Test
    void hiddenNodesAreDropped() throws Exception {
        Article a = load("<article><p>" + PROSE + "</p>"
                + "<p style=\"display: none\">Hidden by style display.</p>"
                + "<div style=\"visibility:hidden\"><p>Hidden by visibility, a long enough paragraph of text to count.</p></div>"
                + "<p hidden>Hidden by attribute.</p>"
                + "<p aria-hidden=\"true\">Hidden from every reader.</p>"
                + "<p>" + PROSE + "</p></article>");
        assertEquals(2, a.paragraphs().size());
        assertFalse(a.text().contains("Hidden"), a.text());
    }

    @Test
    void everySectionOfALongArticleIsKept() throws Exception {
        StringBuilder body = new StringBuilder("<main><article><h1>Harbour Report</h1>");
        for (int i = 1; i <= 6; i++) {
            body.append("<section><h2>Part ").append(i).append("</h2><p>Section ").append(i).append(". ").append(PROSE).append("</p><p>")
                    .append(PROSE).append("</p></section>");
        }
        body.append("</article></main><aside><h2>Most read</h2><ul><li><a href=\"/a\">Another story</a></li></ul></aside>");
        Article a = load(body.toString());
        for (int i = 1; i <= 6; i++) {
            assertTrue(a.text().contains("Section " + i + "."), "section " + i);
            assertTrue(a.text().contains("Part " + i), "heading " + i);
        }
        assertFalse(a.text().contains("Most read"));
        assertFalse(a.text().contains("Harbour Report"), "the headline is the title, not a paragraph");
    }

    @Test
    void captionsAndStepListsThatBelongToTheBodyAreKept() throws Exception {
        Article a = load("<article><p>" + PROSE + "</p>"
                + "<figure><img src=\"wall.jpg\"><figcaption>The breakwater at low tide.</figcaption></figure>"
                + "<p>To visit the breakwater safely:</p>"
                + "<ol><li>Check the tide table before you set out.</li><li>Keep to the marked path on the wall.</li>"
                + "<li>Turn back when the warning light flashes.</li></ol>"
                + "<p>" + PROSE + "</p></article>");
        assertTrue(a.text().contains("The breakwater at low tide."));
        assertTrue(a.text().contains("Check the tide table before you set out."));
        assertTrue(a.text().contains("Turn back when the warning light flashes."));
    }

    @Test
    void relatedListsAdvertsAndShareBarsAreDropped() throws Exception {
        Article a = load("<div class=\"page\"><article><div class=\"share-buttons\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a></div>"
                + "<p>" + PROSE + "</p><div class=\"ad\"><p>Advertisement</p></div><p>" + PROSE + "</p>"
                + "<div class=\"related-stories\"><h3>Related</h3><ul><li><a href=\"/1\">Storm closes the ferry</a></li>"
                + "<li><a href=\"/2\">Fleet returns early</a></li></ul></div><p>" + PROSE + "</p></article></div>");
        assertEquals(3, a.paragraphs().size(), a.text());
        for (String junk : new String[] {"Share", "Tweet", "Advertisement", "Related", "Storm closes"}) {
            assertFalse(a.text().contains(junk), junk);
        }
    }

    @Test
    void validUtf8BytesWinOverAWrongMetaCharset() throws Exception {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Café “Zürich” – 東京</title></head><body><p>"
                + "Crème brûlée costs €5 at the café near 東京 station, said the owner.</p></body></html>";
        Path file = Files.write(dir.resolve("resaved.html"), html.getBytes(StandardCharsets.UTF_8));
        Article a = new ArticleLoader().load(file);
        assertEquals("Crème brûlée costs €5 at the café near 東京 station, said the owner.", a.text());
        assertEquals("Café “Zürich” – 東京", a.title());
        assertEquals("UTF-8 (the page declares windows-1252, but its bytes are valid UTF-8)", a.encoding());
    }

    @Test
    void headlineFromMetadataIsPreferredToTheTitleElement() throws Exception {
        Article og = load("<title>Storm closes harbour | Page 1 | Coast Times</title>"
                + "<meta property=\"og:title\" content=\"Storm closes harbour for a week\">", "<article><p>" + PROSE + "</p></article>");
        assertEquals("Storm closes harbour for a week", og.title());
        Article ld = load("<title>Coast Times</title><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Storm closes harbour\"}</script>",
                "<article><p>" + PROSE + "</p></article>");
        assertEquals("Storm closes harbour", ld.title());
    }

    @Test
    void titleKeepsItsOwnSeparatorsAndLosesTheSiteName() throws Exception {
        Article a = load("<title>Storm closes harbour - and the ferry too | Coast Times</title><meta property=\"og:site_name\" content=\"Coast Times\">",
                "<article><p>" + PROSE + "</p></article>");
        assertEquals("Storm closes harbour - and the ferry too", a.title());
        assertEquals("Coast Times", a.site());
    }

    @Test
    void bylineCreditIsTheAuthorAndLeavesTheBody() throws Exception {
        Article a = load("<article><h1>Harbour Report</h1><p class=\"byline\">By Amina Khan</p><p>" + PROSE + "</p><p>" + PROSE + "</p>"
                + "<p><em>Amina Khan is the paper's coastal affairs correspondent.</em></p></article>");
        assertEquals("Amina Khan", a.author());
        assertFalse(a.paragraphText(a.paragraphs().get(0)).contains("By Amina"), "the credit is not a body paragraph");
        assertEquals("Amina Khan is the paper's coastal affairs correspondent.", a.byline(), "the closing note stays the byline");
    }

    @Test
    void authorFromMetaTagOrJsonLd() throws Exception {
        assertEquals("Jonas Berg", load("<title>Harbour Report</title><meta name=\"author\" content=\"Jonas Berg\">",
                "<article><p>" + PROSE + "</p></article>").author());
        assertEquals("Li Wei, Sara Costa", load("<title>Harbour Report</title><script type=\"application/ld+json\">"
                + "{\"@context\":\"http://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Harbour Report\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Li Wei\"},{\"@type\":\"Person\",\"name\":\"Sara Costa\"}]}</script>",
                "<article><p>" + PROSE + "</p></article>").author());
        assertNull(load("<article><p>" + PROSE + "</p></article>").author());
    }

    @Test
    void publicationDateFromMetaJsonLdOrTimeElement() throws Exception {
        assertEquals(OffsetDateTime.parse("2024-03-05T09:30:00+01:00"),
                load("<title>Harbour Report</title><meta property=\"article:published_time\" content=\"2024-03-05T09:30:00+01:00\">",
                        "<article><p>" + PROSE + "</p></article>").published());
        assertEquals(OffsetDateTime.parse("2023-11-20T00:00Z"), load("<title>Harbour Report</title><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\",\"headline\":\"Harbour Report\",\"datePublished\":\"2023-11-20\"}"
                + "</script>", "<article><p>" + PROSE + "</p></article>").published());
        assertEquals(OffsetDateTime.parse("2022-07-01T12:00Z"),
                load("<article><time datetime=\"2022-07-01T12:00Z\">1 July</time><p>" + PROSE + "</p></article>").published());
        assertNull(load("<article><p>" + PROSE + "</p></article>").published());
    }

    @Test
    void languageFromTheHtmlElement() throws Exception {
        Path file = Articles.write(dir, "pt.html", "<html lang=\"pt-BR\"><head><title>Porto</title></head><body><p>" + PROSE + "</p></body></html>");
        assertEquals("pt-BR", new ArticleLoader().load(file).language());
    }

    @Test
    void deeplyNestedPageLoadsWithItsText() throws Exception {
        String page = "<html><body>" + "<div>".repeat(50_000) + "<p>Deep down, the text is still there.</p>" + "</div>".repeat(50_000) + "</body></html>";
        Article a = Articles.load(dir, "deep.html", page);
        assertEquals("Deep down, the text is still there.", a.text());
    }

    @Test
    void pageTooLargeForScoringIsReadInFullWithoutFurniture() throws Exception {
        StringBuilder page = new StringBuilder("<html><head><title>Archive</title></head><body><nav><a href=\"/\">Home</a></nav><article>");
        int paragraphs = 0;
        while (page.length() <= HtmlParser.SCORING_LIMIT_CHARS) {
            page.append("<p>Entry ").append(++paragraphs).append(". ").append(PROSE).append("</p>\n");
        }
        page.append("</article><footer>Footer text</footer></body></html>");
        Article a = Articles.load(dir, "archive.html", page.toString());
        assertEquals(paragraphs, a.paragraphs().size());
        assertTrue(a.text().startsWith("Entry 1. "));
        assertFalse(a.text().contains("Home"));
        assertFalse(a.text().contains("Footer text"));
    }
}

package org.newslens.article;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlLoadingTest {
    @TempDir
    Path dir;

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
              <meta charset="utf-8">
              <title>Bridge Closed After Crack Found | Valley Courier</title>
              <style>p { color: red }</style>
              <script>var tracking = "do not show";</script>
            </head>
            <body>
              <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
              <div class="ad-slot">Buy now!</div>
              <article>
                <h1>Bridge Closed After Crack Found</h1>
                <p>Engineers closed the river bridge on Tuesday after finding a
                   crack in a support beam.</p>
                <figure><img src="bridge.jpg"><figcaption>The bridge at dusk. Photo: agency</figcaption></figure>
                <h2>Detours</h2>
                <p>Traffic will be diverted &amp; delays are likely &ndash; officials said.</p>
                <ul><li>Use the north road.</li><li>Allow an extra hour.</li></ul>
                <blockquote>We will reopen as soon as it is safe.</blockquote>
                <aside>Related: Other bridges</aside>
                <form><input name="email"> Subscribe to our newsletter</form>
              </article>
              <footer>© Valley Courier</footer>
              <noscript>Enable JavaScript</noscript>
            </body></html>
            """;

    @Test
    void mainTextIsExtractedWithoutPageFurniture() throws Exception {
        Article a = Articles.load(dir, "page.html", PAGE);
        assertEquals(SourceFormat.HTML, a.format());
        assertEquals("Bridge Closed After Crack Found", a.title());
        assertArrayEquals(new String[] {
                "Engineers closed the river bridge on Tuesday after finding a crack in a support beam.",
                "The bridge at dusk. Photo: agency",
                "Detours",
                "Traffic will be diverted & delays are likely – officials said.",
                "Use the north road.",
                "Allow an extra hour.",
                "We will reopen as soon as it is safe."}, Articles.paragraphTexts(a));
        for (String junk : new String[] {"tracking", "color", "Home", "Buy now", "Related", "newsletter", "©", "JavaScript"}) {
            assertFalse(a.text().contains(junk), junk);
        }
    }

    @Test
    void withoutArticleElementTheBlockWithMostParagraphTextWins() throws Exception {
        Article a = Articles.load(dir, "page.htm", """
                <html><head><title>Budget vote delayed - The Daily Item</title>
                <meta property="og:site_name" content="The Daily Item"></head><body>
                <div id="menu"><p>Sections</p><p>Weather</p></div>
                <div id="content">
                  <p>The council delayed its budget vote by a week.</p>
                  <p>Members asked for more detail on the new library.</p>
                  <p>The vote is now due on the 14th.</p>
                </div>
                </body></html>
                """);
        assertEquals("Budget vote delayed", a.title());
        assertEquals(3, a.paragraphs().size());
        assertFalse(a.text().contains("Weather"));
    }

    @Test
    void titleFallsBackToFirstHeadingWhenThereIsNoTitleElement() throws Exception {
        Article a = Articles.load(dir, "page.xhtml", "<html><body><main><h1>Snow Returns</h1><p>It snowed.</p><p>Again.</p></main></body></html>");
        assertEquals("Snow Returns", a.title());
        assertArrayEquals(new String[] {"It snowed.", "Again."}, Articles.paragraphTexts(a));
    }

    @Test
    void htmlContentIsRecognisedWhateverTheExtension() throws Exception {
        Article a = Articles.load(dir, "saved.txt", "<!doctype html><html><head><title>Tide Tables</title></head><body><p>High tide at noon.</p></body></html>");
        assertEquals(SourceFormat.HTML, a.format());
        assertEquals("Tide Tables", a.title());
        assertEquals("High tide at noon.", a.text());
    }

    @Test
    void metaCharsetIsHonoured() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "<title>Caf\u00e9 News</title></head><body><p>\u201cIt\u2019s open,\u201d she said.</p></body></html>";
        Path file = Files.write(dir.resolve("legacy.html"), html.getBytes(Charset.forName("windows-1252")));
        Article a = new ArticleLoader().load(file);
        assertEquals("windows-1252", a.encoding());
        assertEquals("Caf\u00e9 News", a.title());
        assertEquals("\u201cIt\u2019s open,\u201d she said.", a.text());
    }

    @Test
    void siteNameIsTrimmedFromTitlesOnlyWhenItIsTheSiteName() throws Exception {
        String page = "<html><head><title>%s</title>%s</head><body><p>Waves hit the sea wall all night long, and the road was shut.</p></body></html>";
        assertEquals("Storm hits coast", Articles.load(dir, "a.html", String.format(java.util.Locale.ROOT, page,
                "Storm hits coast | BBC News", "<meta property=\"og:site_name\" content=\"BBC News\">")).title());
        assertEquals("Storm hits coast - Live", Articles.load(dir, "b.html", String.format(java.util.Locale.ROOT, page,
                "Storm hits coast - Live", "<meta property=\"og:site_name\" content=\"The Herald\">")).title());
        assertEquals("Storm: what we know", Articles.load(dir, "c.html", String.format(java.util.Locale.ROOT, page,
                "Storm: what we know", "")).title());
    }

    @Test
    void pageWithOnlyScriptsHasNoReadableText() throws Exception {
        Path file = Articles.write(dir, "empty.html", "<html><head><script>alert(1)</script></head><body><nav>Home</nav></body></html>");
        ArticleLoadException e = org.junit.jupiter.api.Assertions.assertThrows(ArticleLoadException.class, () -> new ArticleLoader().load(file));
        assertTrue(e.getMessage().contains("empty.html"));
        assertTrue(e.getMessage().contains("no readable text"));
    }

    @Test
    void singleBreakJoinsLinesAndDoubleBreakSeparatesParagraphs() throws Exception {
        Article a = Articles.load(dir, "old.html", """
                <html><head><title>Old Page</title></head><body>
                <div>First paragraph of an old page,<br>split by breaks.<br><br>Second <b>bold</b> paragraph.</div>
                </body></html>
                """);
        assertArrayEquals(new String[] {"First paragraph of an old page, split by breaks.", "Second bold paragraph."}, Articles.paragraphTexts(a));
    }

    @Test
    void storyContainerIsKeptEvenWhenItsClassNamesSoundLikeFurniture() throws Exception {
        Article a = Articles.load(dir, "page.html", """
                <html><head><title>Port Strike</title></head><body>
                <div class="story has-sidebar">
                  <p>Dock workers walked out at dawn over pay.</p>
                  <p>Ships queued outside the harbour all day.</p>
                  <div class="share-tools"><p>Share on social media</p></div>
                  <p hidden>Invisible teaser</p>
                  <p aria-hidden="true">Screen-reader hidden</p>
                </div></body></html>
                """);
        assertArrayEquals(new String[] {"Dock workers walked out at dawn over pay.", "Ships queued outside the harbour all day."},
                Articles.paragraphTexts(a));
    }

    @Test
    void longestOfSeveralArticleElementsIsTheStory() throws Exception {
        Article a = Articles.load(dir, "page.html", """
                <html><head><title>Main Story</title></head><body>
                <article><p>Teaser one.</p></article>
                <article><p>The real story has the longest text on the page by a wide margin.</p>
                <p>It continues here with a second paragraph.</p></article>
                <article><p>Teaser two.</p></article>
                </body></html>
                """);
        assertEquals(2, a.paragraphs().size());
        assertFalse(a.text().contains("Teaser"));
    }

    @Test
    void closingAuthorNoteInAPageIsTheByline() throws Exception {
        Article a = Articles.load(dir, "page.html", """
                <html><head><title>Glacier Retreat</title></head><body><article>
                <p>The glacier lost a record amount of ice this summer.</p>
                <p><em>Ingrid Halvorsen is a science correspondent based in Tromsø.</em></p>
                </article></body></html>
                """);
        assertEquals("Ingrid Halvorsen is a science correspondent based in Tromsø.", a.byline());
        assertEquals(Paragraph.Kind.BYLINE, a.paragraphs().get(1).kind());
    }

    @Test
    void legacyPageWithoutCharsetDeclarationIsDetected() throws Exception {
        String html = "<html><head><title>R\u00e9sum\u00e9</title></head><body><p>\u201cNa\u00efve\u201d caf\u00e9 owners \u2013 and their cr\u00eapes.</p></body></html>";
        Path file = Files.write(dir.resolve("legacy.htm"), html.getBytes(Charset.forName("windows-1252")));
        Article a = new ArticleLoader().load(file);
        assertEquals("R\u00e9sum\u00e9", a.title());
        assertEquals("\u201cNa\u00efve\u201d caf\u00e9 owners \u2013 and their cr\u00eapes.", a.text());
    }

    @Test
    void paragraphsNeverContainLineBreaks() throws Exception {
        Article a = Articles.load(dir, "page.html", "<html><body><pre>line one\nline two</pre><p>A\n  wrapped\r\n paragraph.</p></body></html>");
        assertArrayEquals(new String[] {"line one line two", "A wrapped paragraph."}, Articles.paragraphTexts(a));
    }

    @Test
    void pageClaimingUtf8ButSavedAsWindows1252IsStillReadable() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"><title>Menu</title></head><body><p>Cr\u00e8me br\u00fbl\u00e9e \u2013 \u20ac5.</p></body></html>";
        Path file = Files.write(dir.resolve("mislabelled.html"), html.getBytes(Charset.forName("windows-1252")));
        Article a = new ArticleLoader().load(file);
        assertEquals("Cr\u00e8me br\u00fbl\u00e9e \u2013 \u20ac5.", a.text());
        assertEquals("windows-1252 (the page declares UTF-8, which its bytes are not)", a.encoding());
    }

    @Test
    void browserSavedNewsPageReadsAsTheStoryAlone() throws Exception {
        Path page = Path.of(getClass().getResource("/articles/saved-news-page.html").toURI());
        Article a = new ArticleLoader().load(page);
        assertEquals("Lighthouse keepers return to remote island after 40 years", a.title());
        assertEquals("Eilidh MacLeod is the Ledger’s Highlands and Islands correspondent.", a.byline());
        String[] paragraphs = Articles.paragraphTexts(a);
        assertEquals(6, paragraphs.length);
        assertTrue(paragraphs[0].startsWith("For the first time in four decades, keepers are living on Sgeir Mhòr"));
        assertEquals("“A way of life”", paragraphs[2]);
        assertEquals("The trust hopes to open the keepers’ cottages to visitors next summer.", paragraphs[4]);
        for (String junk : new String[] {"cookies", "Sport", "Advertisement", "Share on", "Photo: Agency", "Related stories",
                "briefing", "Comments", "Most read", "rights reserved", "dataLayer", "NewsArticle", "3 June 2024"}) {
            assertFalse(a.text().contains(junk), junk);
        }
    }
}

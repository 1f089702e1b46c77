package org.newslens.article;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownLoadingTest {
    @TempDir
    Path dir;

    @Test
    void firstLevelOneHeadingIsTheTitleAndOtherHeadingsAreParagraphs() throws Exception {
        Article a = Articles.load(dir, "story.md", """
                # Harbour *Reopens* After Storm

                The port reopened on Friday
                after a week of repairs.

                ## What comes next

                Ferries resume on Monday.
                """);
        assertEquals("Harbour Reopens After Storm", a.title());
        assertEquals(SourceFormat.MARKDOWN, a.format());
        assertArrayEquals(new String[] {"The port reopened on Friday after a week of repairs.", "What comes next", "Ferries resume on Monday."},
                Articles.paragraphTexts(a));
    }

    @Test
    void inlineSyntaxIsRemovedSoTheTextReadsAsProse() throws Exception {
        Article a = Articles.load(dir, "inline.markdown", """
                The **mayor** said the _plan_ was *ready*, citing [the report](https://example.org/r?id=1) \
                and ![a chart](chart.png)a `budget` table. It is ~~not~~ final; see <https://example.org>.
                """);
        assertEquals("The mayor said the plan was ready, citing the report and a budget table. It is not final; see https://example.org.",
                a.text());
    }

    @Test
    void underscoresInsideWordsAndEscapedCharactersAreKept() throws Exception {
        Article a = Articles.load(dir, "a.md", "The file_name_here stays, and \\*stars\\* stay literal, as does 5 * 3 * 2.");
        assertEquals("The file_name_here stays, and *stars* stay literal, as does 5 * 3 * 2.", a.text());
    }

    @Test
    void listItemsAndBlockQuotesBecomeParagraphsWithoutMarkers() throws Exception {
        Article a = Articles.load(dir, "a.md", """
                Officials listed three demands:

                - more buses
                - longer hours
                1. a new depot

                > Nobody asked us,
                > one driver said.
                """);
        assertArrayEquals(new String[] {"Officials listed three demands:", "more buses", "longer hours", "a new depot",
                "Nobody asked us, one driver said."}, Articles.paragraphTexts(a));
    }

    @Test
    void rulesCommentsImagesAndLinkDefinitionsLeaveNoTrace() throws Exception {
        Article a = Articles.load(dir, "a.md", """
                First part.

                ***

                <!-- editor: check
                this figure -->
                ![](photo.jpg)

                [ref]: https://example.org/source

                Second part, see [the source][ref].
                """);
        assertArrayEquals(new String[] {"First part.", "Second part, see the source."}, Articles.paragraphTexts(a));
    }

    @Test
    void setextHeadingAndFrontMatterTitle() throws Exception {
        Article setext = Articles.load(dir, "s.md", "Dam Plan Approved\n=================\n\nWork starts in spring.\n");
        assertEquals("Dam Plan Approved", setext.title());
        assertEquals("Work starts in spring.", setext.text());

        Article front = Articles.load(dir, "f.md", "---\ntitle: \"Rail Strike Ends\"\nauthor: someone\n---\n\n# Rail Strike Ends\n\nTrains run again.\n");
        assertEquals("Rail Strike Ends", front.title());
        assertEquals("Trains run again.", front.text());
    }

    @Test
    void fencedCodeIsKeptAsTextWithoutFences() throws Exception {
        Article a = Articles.load(dir, "a.md", "Run this:\n\n```\nmake *all*\n```\n\nDone.");
        assertArrayEquals(new String[] {"Run this:", "make *all*", "Done."}, Articles.paragraphTexts(a));
    }

    @Test
    void markdownWithoutHeadingDerivesTitleAndHasNoHashMarks() throws Exception {
        Article a = Articles.load(dir, "a.md", "Prices rose again in **March**.\n\nAnalysts expect more.");
        assertEquals("Prices rose again in March", a.title());
        assertFalse(a.text().contains("*"));
    }

    @Test
    void documentThatIsOnlyAHeadingShowsTheHeading() throws Exception {
        Article a = Articles.load(dir, "stub.md", "# Draft: Council Budget\n");
        assertEquals("Draft: Council Budget", a.title());
        assertEquals("Draft: Council Budget", a.text());
    }
}

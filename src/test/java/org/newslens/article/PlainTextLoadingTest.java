package org.newslens.article;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextLoadingTest {
    @TempDir
    Path dir;

    @Test
    void paragraphsAreSeparatedByBlankLinesAndWrappedLinesAreJoined() throws Exception {
        Article a = Articles.load(dir, "a.txt", "First line of the first\nparagraph, wrapped.\n\n\n  Second   paragraph\there.  \n");
        assertArrayEquals(new String[] {"First line of the first paragraph, wrapped.", "Second paragraph here."}, Articles.paragraphTexts(a));
        assertEquals("First line of the first paragraph, wrapped.\n\nSecond paragraph here.", a.text());
        assertEquals(SourceFormat.TEXT, a.format());
    }

    @Test
    void paragraphRangesPointIntoTheTextAndNumberFromOne() throws Exception {
        Article a = Articles.load(dir, "a.txt", "One is here.\n\nTwo is here.\n\nThree is here.");
        assertEquals(3, a.paragraphs().size());
        for (int i = 0; i < 3; i++) {
            Paragraph p = a.paragraphs().get(i);
            assertEquals(i + 1, p.number());
            assertFalse(a.paragraphText(p).contains("\n"));
        }
        assertEquals("Two is here.", a.text().substring(a.paragraphs().get(1).start(), a.paragraphs().get(1).end()));
    }

    @Test
    void windowsAndOldMacLineEndsBecomeLineFeeds() throws Exception {
        Article crlf = Articles.load(dir, "crlf.txt", "Alpha goes first.\r\nStill alpha.\r\n\r\nBeta follows.\r\n");
        Article cr = Articles.load(dir, "cr.txt", "Alpha goes first.\rStill alpha.\r\rBeta follows.\r");
        assertEquals("Alpha goes first. Still alpha.\n\nBeta follows.", crlf.text());
        assertEquals(crlf.text(), cr.text());
    }

    @Test
    void textIsNfcNormalised() throws Exception {
        Article a = Articles.load(dir, "nfd.txt", "Cafe\u0301 culture is changing fast in the city.");
        assertTrue(a.text().startsWith("Caf\u00e9 culture"));
    }

    @Test
    void shortFirstLineWithoutFinalPunctuationIsTheTitleNotABodyParagraph() throws Exception {
        Article a = Articles.load(dir, "a.txt", "Floods Cut Off Northern Valley Towns\n\nHeavy rain fell for a third day.\n\nRoads were closed.");
        assertEquals("Floods Cut Off Northern Valley Towns", a.title());
        assertEquals("Heavy rain fell for a third day.", a.paragraphText(a.paragraphs().get(0)));
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void firstLineThatIsASentenceStaysInTheBody() throws Exception {
        Article a = Articles.load(dir, "a.txt", "Rain fell.\n\nRoads were closed.");
        assertEquals(2, a.paragraphs().size());
        assertEquals("Rain fell", a.title());
    }

    @Test
    void aLoneShortLineIsNotTakenAsTitleWhenNothingFollows() throws Exception {
        Article a = Articles.load(dir, "a.txt", "Just a note without a full stop");
        assertEquals(1, a.paragraphs().size());
        assertEquals("Just a note without a full stop", a.title());
    }

    @Test
    void withoutBlankLinesEachLineIsAParagraph() throws Exception {
        String longLine = "This line is long enough that nobody would have wrapped it by hand at eighty columns, surely.";
        Article a = Articles.load(dir, "a.txt", longLine + "\n" + longLine + "\n" + longLine + "\n");
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void hardWrappedTextWithoutBlankLinesStartsParagraphsAtIndents() throws Exception {
        Article a = Articles.load(dir, "a.txt",
                "  The council met on Monday to\ndiscuss the budget for next year.\n  Members disagreed about\nthe cost of the new bridge.\n");
        assertArrayEquals(new String[] {"The council met on Monday to discuss the budget for next year.",
                "Members disagreed about the cost of the new bridge."}, Articles.paragraphTexts(a));
    }

    @Test
    void separatorLinesAreDropped() throws Exception {
        Article a = Articles.load(dir, "a.txt", "First part of the story.\n\n* * *\n\n-----\n\nSecond part of the story.");
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void fileWithoutExtensionIsPlainText() throws Exception {
        Article a = Articles.load(dir, "README", "Plain words here.\n\nMore words.");
        assertEquals(SourceFormat.TEXT, a.format());
        assertNull(a.byline());
    }

    @Test
    void aFiveMegabyteTextLoadsCompletely() throws Exception {
        String paragraph = "The committee reviewed the evidence and heard from dozens of witnesses over several weeks. ";
        StringBuilder sb = new StringBuilder();
        int paragraphs = 0;
        while (sb.length() < 5 * 1024 * 1024) {
            sb.append(paragraph.repeat(5)).append("\n\n");
            paragraphs++;
        }
        Path file = Files.writeString(dir.resolve("big.txt"), sb);
        Article a = new ArticleLoader().load(file);
        assertEquals(paragraphs, a.paragraphs().size());
        assertEquals(paragraphs * 5 * 14, a.wordCount());
        assertTrue(a.readingMinutes() > 1000);
    }

    @Test
    void sameTextGivesSameContentHash() throws Exception {
        Article a = Articles.load(dir, "a.txt", "Same words.\n\nAgain.");
        Article b = Articles.load(dir, "b.txt", "Same words.\r\n\r\nAgain.\r\n");
        Article c = Articles.load(dir, "c.txt", "Other words.\n\nAgain.");
        assertEquals(a.contentHash(), b.contentHash());
        assertFalse(a.contentHash().equals(c.contentHash()));
    }

    @Test
    void headlineDirectlyAboveAByLineIsSplitIntoTitleAndByline() throws Exception {
        Article a = Articles.load(dir, "a.txt", "Harvest Festival Returns\nBy Aiko Tanaka\n\nThe festival came back after four years.\n\nCrowds were large.");
        assertEquals("Harvest Festival Returns", a.title());
        assertEquals("By Aiko Tanaka", a.byline());
        assertEquals(Paragraph.Kind.BYLINE, a.paragraphs().get(0).kind());
        assertEquals("The festival came back after four years.", a.paragraphText(a.paragraphs().get(1)));
    }

    @Test
    void datelineEndingInADashIsNotATitle() throws Exception {
        Article a = Articles.load(dir, "a.txt", "LIMA, Peru —\n\nProtesters gathered in the square.\n\nPolice watched.");
        assertEquals("LIMA, Peru —", a.paragraphText(a.paragraphs().get(0)));
    }
}

package org.newslens.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TitleTest {
    private final TitleDeriver deriver = new TitleDeriver();

    @TempDir
    Path dir;

    @Test
    void shortFirstSentenceIsTheTitleWithoutItsFullStop() {
        assertEquals("Rain closed the schools", deriver.derive("Rain closed the schools. Parents were told at dawn."));
    }

    @Test
    void longSentenceIsCutAtAWordBoundaryWithAnEllipsis() {
        String title = deriver.derive("In 1998, while the northern provinces were still recovering from the floods, "
                + "the government announced a sweeping programme of reconstruction.");
        assertEquals("In 1998, while the northern provinces were still recovering from the…", title);
        assertTrue(title.length() <= TitleDeriver.MAX_LENGTH + 1);
    }

    @Test
    void initialsAndAbbreviationsDoNotEndTheSentence() {
        assertEquals("Dr. Ana M. Lopes won the prize", deriver.derive("Dr. Ana M. Lopes won the prize. She thanked her team."));
    }

    @Test
    void cutDropsDanglingPunctuationBeforeTheEllipsis() {
        String title = deriver.derive("Across the region, farmers, traders, teachers and nurses, all of them unpaid, "
                + "have joined the protest.");
        assertTrue(title.endsWith("…"));
        assertFalse(title.matches(".*[,;:\\s]…$"), title);
    }

    @Test
    void opaqueFileNameIsNeverUsed() throws Exception {
        Article a = Articles.load(dir, "000_2eaa2faa629b3bd4.txt", "Wind farms opened off the coast on Monday. More follow.\n\nEnd of report here.");
        assertEquals("Wind farms opened off the coast on Monday", a.title());
    }

    @Test
    void leadingBylineIsNotUsedForTheTitle() throws Exception {
        Article a = Articles.load(dir, "a.txt", "By Maria Kovacs\n\nThe river rose overnight. Homes were evacuated.\n\nMore rain is due.");
        assertEquals("The river rose overnight", a.title());
        assertEquals(Paragraph.Kind.BYLINE, a.paragraphs().get(0).kind());
        assertEquals("By Maria Kovacs", a.byline());
    }
}

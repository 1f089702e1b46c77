package org.newslens.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylineTest {
    private final BylineDetector detector = new BylineDetector();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
            "By Jane Doe",
            "By Tomás O'Neill-Byrne, Dublin",
            "Written by Priya Raman and Leo Walsh",
            "Jane Doe is a Lisbon-based journalist covering southern Europe.",
            "Marta de la Cruz is a freelance correspondent in Bogotá. She previously worked for a radio station.",
            "Kwame Mensah reports for a regional news agency from Accra.",
            "Anna-Lena Vogt writes about energy policy and climate.",
            "Sam Okafor and Ruth Adeyemi are reporters on the investigations desk.",
            "Li Wei, a columnist, lives in Singapore.",
            "J. R. Hartley is the author of a book on fly fishing.",
            "(Reporting by Nadia Haddad; Editing by Tom Brooks)",
            "Additional reporting by Chen Jie in Shanghai",
    })
    void authorNotesAreRecognised(String paragraph) {
        assertTrue(detector.isClosingByline(paragraph), paragraph);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The prospect of living under that kind of rule is now a pressing reality for residents.",
            "Joe Bloggs said he would appeal against the ruling.",
            "Officials said the editor of the local newspaper had been released on bail.",
            "The Herald is a newspaper whose editor resigned last year.",
            "President Maria Silva is a former journalist who rose through the party ranks.",
            "Anna Berg, a reporter, said: “We were never told.”",
            "Nobody expects the talks to resume before the summer, when the next round of elections is due and "
                    + "the coalition partners will have to decide whether the arrangement is worth keeping.",
            "Jane Doe is a journalist. She lives in Paris. She has two cats.",
            "by the way, this is not a byline",
    })
    void ordinaryClosingParagraphsAreNotBylines(String paragraph) {
        assertFalse(detector.isClosingByline(paragraph), paragraph);
    }

    @Test
    void overlongNoteIsNotAByline() {
        String note = "Jane Doe is a journalist covering " + "the politics of the region and ".repeat(12) + "more.";
        assertTrue(note.length() > BylineDetector.MAX_LENGTH);
        assertFalse(detector.isClosingByline(note));
    }

    @Test
    void closingAuthorNoteIsMarkedAndExcludedFromWordCount() throws Exception {
        Article a = Articles.load(dir, "a.txt", "Markets fell sharply on Monday.\n\nTraders blamed rates.\n\n"
                + "Oskar Lind is a Stockholm-based reporter covering finance.");
        Paragraph last = a.paragraphs().get(2);
        assertEquals(Paragraph.Kind.BYLINE, last.kind());
        assertEquals("Oskar Lind is a Stockholm-based reporter covering finance.", a.byline());
        assertEquals(8, a.wordCount());
    }

    @Test
    void articleWithoutBylineHasNone() throws Exception {
        Article a = Articles.load(dir, "a.txt", "Markets fell sharply on Monday.\n\nTraders blamed rising rates and weak demand.");
        assertNull(a.byline());
        assertTrue(a.paragraphs().stream().allMatch(p -> p.kind() == Paragraph.Kind.BODY));
    }

    @Test
    void singleParagraphIsNeverABylineOnly() throws Exception {
        Article a = Articles.load(dir, "a.txt", "Jane Doe is a journalist covering the courts.");
        assertNull(a.byline());
        assertEquals(Paragraph.Kind.BODY, a.paragraphs().get(0).kind());
    }
}

package org.newslens.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names pasted or imported one per line: CSV quoting, byte-order marks, repeats; odd input refused in one line. */
class WatchNamesTest {
    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void pastedNamesAreStrippedAndRepeatsDropped() {
        assertEquals(List.of("Paul Kern", "maria ortiz"), WatchNames.parse("  Paul   Kern \n\n maria ortiz\nPAUL KERN\nMaria Ortiz\n"));
    }

    @Test
    void aCsvFileGivesItsFirstColumnAndKeepsAQuotedComma() throws Exception {
        Path csv = file("names.csv", "\"Putin, Vladimir\",Russia\nTaliban\n\nSmith & Sons,x\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Putin, Vladimir", "Taliban", "Smith & Sons"), WatchNames.read(csv));
        Path txt = file("names.txt", "Putin, Vladimir\nTaliban\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Putin, Vladimir", "Taliban"), WatchNames.read(txt), "a text file is one name a line");
    }

    @Test
    void byteOrderMarksAreRead() throws Exception {
        byte[] utf16 = "\uFEFFMünchen\r\n東京\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(List.of("München", "東京"), WatchNames.read(file("u16.csv", utf16)));
        byte[] utf8 = ("\uFEFFMünchen\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("München"), WatchNames.read(file("u8.csv", utf8)));
    }

    @Test
    void oddInputIsRefusedInOneLine() throws Exception {
        List<Path> bad = List.of(
                file("latin1.csv", "M\u00fcnchen\nK\u00f6ln\n".getBytes(Charset.forName("ISO-8859-1"))),
                file("empty.csv", new byte[0]),
                file("blank.csv", "\n \n\t\n".getBytes(StandardCharsets.UTF_8)),
                file("binary.csv", new byte[] {'a', 0, 'b', '\n'}),
                file("punct.txt", "Kern\n!!!\n".getBytes(StandardCharsets.UTF_8)),
                file("long.txt", "x".repeat(WatchNames.MAX_NAME_LENGTH + 1).getBytes(StandardCharsets.UTF_8)));
        for (Path p : bad) {
            WatchInputException e = assertThrows(WatchInputException.class, () -> WatchNames.read(p), p.toString());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            assertTrue(e.getMessage().contains(p.toString()), e.getMessage());
        }
    }

    @Test
    void aNameBecomesAPhraseWithItsQuotesEscaped() {
        assertEquals("\"Port \\\"Elma\"", WatchNames.phrase("Port \"Elma"));
        assertEquals("\"a\\\\b\"", WatchNames.phrase("a\\b"));
    }
}

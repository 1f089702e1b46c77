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

    @Test
    void aColumnHeaderIsLeftOutAndSaid() throws Exception {
        for (String[] fileAndText : new String[][] {{"a.csv", "name\nVladimir Putin\nTaliban\n"}, {"b.csv", "Name,Country\nVladimir Putin,Russia\nTaliban,\n"},
                {"c.txt", "Entity:\nVladimir Putin\nTaliban\n"}, {"d.csv", "Search term\nVladimir Putin\nTaliban\n"}}) {
            WatchNames.NamesFile read = WatchNames.read(file(fileAndText[0], fileAndText[1].getBytes(StandardCharsets.UTF_8)), FirstRow.AUTO);
            assertEquals(List.of("Vladimir Putin", "Taliban"), read.names(), fileAndText[1]);
            assertEquals(fileAndText[1].lines().findFirst().orElseThrow().split(",")[0], read.header());
        }
        Path counted = file("counted.csv", "Wer,Anzahl\nVladimir Putin,12\nTaliban,3\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Vladimir Putin", "Taliban"), WatchNames.read(counted), "a word over a column of numbers heads it");
        Path plain = file("plain.csv", "Vladimir Putin,12\nTaliban,3\nNATO,1\n".getBytes(StandardCharsets.UTF_8));
        WatchNames.NamesFile noHeader = WatchNames.read(plain, FirstRow.AUTO);
        assertEquals(List.of("Vladimir Putin", "Taliban", "NATO"), noHeader.names());
        assertEquals(null, noHeader.header());
    }

    @Test
    void anUnsureFirstRowIsAskedAndTheAnswerFollowed() throws Exception {
        Path unsure = file("naam.csv", "naam\nVladimir Putin\nTaliban\nAngela Merkel\n".getBytes(StandardCharsets.UTF_8));
        WatchNames.UnsureHeaderException e = assertThrows(WatchNames.UnsureHeaderException.class, () -> WatchNames.read(unsure, FirstRow.AUTO));
        assertEquals("naam", e.firstRow());
        assertEquals(List.of("Vladimir Putin", "Taliban", "Angela Merkel"), WatchNames.read(unsure, FirstRow.HEADER).names());
        assertEquals(List.of("naam", "Vladimir Putin", "Taliban", "Angela Merkel"), WatchNames.read(unsure, FirstRow.NAME).names());
        Path named = file("named.csv", "name\nnames\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("name", "names"), WatchNames.read(named, FirstRow.NAME).names(), "a reader who says so watches the word");
    }
}

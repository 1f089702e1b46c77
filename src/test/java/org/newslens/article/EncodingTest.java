package org.newslens.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String FRENCH = "“Le café est fermé,” a-t-elle dit. L’été dernier, la gérante a déménagé à Genève.\n\n"
            + "Les habitués regrettent déjà l’ambiance — et les crêpes — du vieux quartier.";

    @TempDir
    Path dir;

    private Article loadBytes(String name, byte[] bytes) throws Exception {
        return new ArticleLoader().load(Files.write(dir.resolve(name), bytes));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void utf8IsReadAsUtf8() throws Exception {
        Article a = loadBytes("a.txt", FRENCH.getBytes(StandardCharsets.UTF_8));
        assertEquals(FRENCH, a.text());
        assertEquals("UTF-8", a.encoding());
    }

    @Test
    void windows1252CurlyQuotesAndAccentsAreShownCorrectly() throws Exception {
        Article a = loadBytes("legacy.txt", FRENCH.getBytes(CP1252));
        assertEquals(FRENCH, a.text());
        assertEquals("windows-1252", a.encoding());
        assertFalse(a.text().contains("\uFFFD"));
    }

    @Test
    void shortWindows1252TextWithOneAccentIsNotMojibake() throws Exception {
        Article a = loadBytes("short.txt", "Caf\u00e9 owners met on Tuesday.".getBytes(CP1252));
        assertEquals("Caf\u00e9 owners met on Tuesday.", a.text());
    }

    @Test
    void utf8ByteOrderMarkIsRemoved() throws Exception {
        Article a = loadBytes("bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, FRENCH.getBytes(StandardCharsets.UTF_8)));
        assertEquals(FRENCH, a.text());
        assertEquals("UTF-8", a.encoding());
    }

    @Test
    void utf16LittleEndianWithBom() throws Exception {
        Article a = loadBytes("le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, FRENCH.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(FRENCH, a.text());
        assertEquals("UTF-16LE", a.encoding());
    }

    @Test
    void utf16BigEndianWithBom() throws Exception {
        Article a = loadBytes("be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, FRENCH.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(FRENCH, a.text());
        assertEquals("UTF-16BE", a.encoding());
    }

    @Test
    void utf16WithoutBomIsRecognisedRatherThanCalledBinary() throws Exception {
        Article a = loadBytes("nobom.txt", FRENCH.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(FRENCH, a.text());
    }

    @Test
    void cyrillicInALegacyEncodingIsDetected() throws Exception {
        String russian = "Правительство объявило о новых мерах поддержки для жителей северных регионов страны. "
                + "Министр финансов заявил, что бюджет выдержит дополнительные расходы в следующем году.";
        Article a = loadBytes("ru.txt", russian.getBytes(Charset.forName("windows-1251")));
        assertEquals(russian, a.text());
        assertEquals("windows-1251", a.encoding());
    }
}

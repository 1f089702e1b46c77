package org.newslens.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 (small ones): UTF-16 without a BOM holding almost only CJK text — no zero or control byte at all — is read
 * as UTF-16, in either byte order, from eight characters to pages; the same texts in the legacy CJK encodings,
 * and Western 8-bit text, are not. Texts are generated (fixed seed) from the scripts' own code point ranges.
 */
class Utf16WithoutBomTest {
    private static final int CASES = 60;
    private final TextDecoder decoder = new TextDecoder();

    /** Random text: characters drawn from {@code ranges} (pairs of first and last code point), a "，" or "。"-free
     *  separator now and then, no ASCII, so no code unit has a zero byte. */
    private static String text(Random random, int length, int[]... ranges) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            int[] range = ranges[random.nextInt(ranges.length)];
            sb.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
            if (random.nextInt(12) == 0) {
                sb.append(random.nextBoolean() ? '\uFF0C' : '\u3001'); // fullwidth comma, ideographic comma
            }
        }
        return sb.toString();
    }

    private static final int[] HAN = {0x4E00, 0x9FA5};
    private static final int[] HIRAGANA = {0x3041, 0x3093};
    private static final int[] KATAKANA = {0x30A1, 0x30F3};
    private static final int[] HANGUL = {0xAC00, 0xD7A3};

    private List<String> cjkTexts(Random random) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            int length = 8 + random.nextInt(i < CASES / 2 ? 40 : 3000);
            texts.add(switch (i % 3) {
                case 0 -> text(random, length, HAN);
                case 1 -> text(random, length, HAN, HIRAGANA, KATAKANA, HIRAGANA);
                default -> text(random, length, HANGUL);
            });
        }
        return texts;
    }

    @Test
    void almostOnlyCjkInUtf16WithoutBomIsReadInEitherByteOrder() {
        Random random = new Random(20261203L);
        for (String text : cjkTexts(random)) {
            for (Charset order : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
                TextDecoder.Decoded decoded = decoder.decode(text.getBytes(order));
                assertEquals(order, decoded.charset(), () -> text.length() + " characters: " + text.substring(0, Math.min(20, text.length())));
                assertEquals(text, decoded.text());
            }
        }
    }

    @Test
    void withLinesBetweenParagraphsToo() {
        Random random = new Random(7);
        String text = text(random, 300, HAN) + "\n" + text(random, 300, HAN) + "\n\n" + text(random, 200, HAN);
        assertEquals(text, decoder.decode(text.getBytes(StandardCharsets.UTF_16BE)).text());
        assertEquals(text, decoder.decode(text.getBytes(StandardCharsets.UTF_16LE)).text());
    }

    @Test
    void theLegacyCjkEncodingsAreNotReadAsUtf16() {
        Random random = new Random(11);
        // GB2312's first level (lead bytes 0xB0-0xD7, the 3,755 most used characters): read two bytes at a time
        // big-endian these are all Hangul syllables, the hardest case
        String level1 = new String(level1Bytes(), Charset.forName("GBK"));
        for (int i = 0; i < CASES; i++) {
            StringBuilder sb = new StringBuilder();
            int length = 20 + random.nextInt(i < CASES / 2 ? 60 : 2000);
            while (sb.length() < length) {
                sb.append(level1.charAt(random.nextInt(level1.length())));
            }
            String chinese = sb.toString();
            String korean = text(random, length, HANGUL).replaceAll("[^\\uAC00-\\uD7A3]", "");
            String japanese = text(random, length, HIRAGANA, KATAKANA);
            for (Object[] c : new Object[][] {{chinese, "GBK"}, {chinese, "GB18030"}, {chinese, "Big5"}, {korean, "EUC-KR"},
                    {japanese, "Shift_JIS"}, {japanese, "EUC-JP"}}) {
                String text = (String) c[0];
                Charset legacy = Charset.forName((String) c[1]);
                byte[] bytes = text.getBytes(legacy);
                if (bytes.length % 2 != 0 || !new String(bytes, legacy).equals(text)) {
                    continue; // only an even length can be mistaken for UTF-16; characters Big5 lacks are left out
                }
                TextDecoder.Decoded decoded = decoder.decode(bytes);
                assertNotEquals(StandardCharsets.UTF_16LE, decoded.charset(), c[1] + ": " + text.substring(0, 10));
                assertNotEquals(StandardCharsets.UTF_16BE, decoded.charset(), c[1] + ": " + text.substring(0, 10));
            }
        }
    }

    private static byte[] level1Bytes() {
        List<Byte> bytes = new ArrayList<>();
        for (int lead = 0xB0; lead <= 0xD7; lead++) {
            for (int trail = 0xA1; trail <= 0xFE; trail++) {
                if (lead == 0xD7 && trail > 0xF9) {
                    break;
                }
                bytes.add((byte) lead);
                bytes.add((byte) trail);
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }

    @Test
    void westernEightBitTextIsNotReadAsUtf16() {
        String[] words = {"Café", "crème", "naïve", "Ärger", "Größe", "niño", "façade", "œuvre", "Zürich", "São", "déjà", "Ÿ", "€5",
                "the", "minister", "said", "on", "Tuesday", "«", "»", "—", "’"};
        Random random = new Random(3);
        for (int i = 0; i < CASES * 4; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(i < CASES ? 3 : 60);
            for (int w = 0; w < n; w++) {
                sb.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            for (String name : new String[] {"windows-1252", "ISO-8859-15"}) {
                Charset legacy = Charset.forName(name);
                byte[] bytes = sb.toString().getBytes(legacy);
                if (bytes.length % 2 != 0) {
                    continue;
                }
                Charset got = decoder.decode(bytes).charset();
                assertNotEquals(StandardCharsets.UTF_16LE, got, name + ": " + sb);
                assertNotEquals(StandardCharsets.UTF_16BE, got, name + ": " + sb);
            }
        }
    }
}

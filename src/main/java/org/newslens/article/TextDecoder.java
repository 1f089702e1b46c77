package org.newslens.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a text file into characters without mojibake: a byte-order mark wins; then strict UTF-8;
 * then what juniversalchardet recognises; finally windows-1252, the usual legacy encoding of Western text.
 * Line ends come out as '\n'.
 */
final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    record Decoded(String text, Charset charset) {
    }

    /** Decodes {@code bytes}; a {@code declared} charset (e.g. from an HTML meta tag) is used unless a BOM says otherwise. */
    Decoded decode(byte[] bytes, Charset declared) {
        Decoded decoded = decodeRaw(bytes, declared);
        return new Decoded(normaliseLineEnds(decoded.text()), decoded.charset());
    }

    Decoded decode(byte[] bytes) {
        return decode(bytes, null);
    }

    private Decoded decodeRaw(byte[] bytes, Charset declared) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom);
        }
        Charset utf16 = unmarkedUtf16(bytes);
        if (utf16 != null) {
            return new Decoded(new String(bytes, utf16), utf16);
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            // pages re-saved as UTF-8 often keep their old meta tag; valid multi-byte UTF-8 is no accident
            String utf8 = hasNonAscii(bytes) ? strictUtf8(bytes) : null;
            return utf8 != null ? new Decoded(utf8, StandardCharsets.UTF_8) : new Decoded(new String(bytes, declared), declared);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        Charset detected = detect(bytes);
        return new Decoded(new String(bytes, detected), detected);
    }

    static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * UTF-16 saved without a BOM. Only bytes that no 8-bit text has (a NUL or another C0 control byte) make us
     * try it, so Western legacy text is never read as UTF-16; then each byte order is decoded strictly and the
     * one that reads as text of one script (plus punctuation, digits, symbols and emoji) wins. This finds
     * Latin text (a zero in every other byte) as well as Cyrillic, Greek, CJK or a lone emoji, which have
     * no zero bytes at all or just one.
     */
    static Charset unmarkedUtf16(byte[] b) {
        // under 1% control bytes is 8-bit text with a stray NUL or control byte, not UTF-16 (whose Latin, Greek
        // or Cyrillic text is half such bytes)
        if (b.length < 2 || b.length % 2 != 0 || controlBytes(b) * 100 < Math.min(b.length, UTF16_SAMPLE)) {
            return null;
        }
        int sample = Math.min(b.length, UTF16_SAMPLE);
        double le = textLikeness(b, sample, StandardCharsets.UTF_16LE);
        double be = textLikeness(b, sample, StandardCharsets.UTF_16BE);
        double best = Math.max(le, be);
        if (best < UTF16_MIN_LIKENESS) {
            return null;
        }
        return le >= be ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }

    private static final int UTF16_SAMPLE = 64 * 1024;
    private static final double UTF16_MIN_LIKENESS = 0.9;

    private static int controlBytes(byte[] b) {
        int n = Math.min(b.length, UTF16_SAMPLE);
        int count = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                count++;
            }
        }
        return count;
    }

    /**
     * Share of characters that are punctuation, digits, symbols or letters of the text's main script; 0 when the
     * bytes do not decode, or decode to control, unassigned or private-use characters.
     */
    private static double textLikeness(byte[] b, int length, Charset utf16) {
        String s;
        try {
            s = utf16.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, 0, length)).toString();
        } catch (CharacterCodingException e) {
            if (length == b.length) {
                return 0; // a sample may end inside a surrogate pair; the whole file may not
            }
            return textLikeness(b, length - 2, utf16);
        }
        java.util.Map<Character.UnicodeScript, Integer> scripts = new java.util.EnumMap<>(Character.UnicodeScript.class);
        int neutral = 0;
        int total = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            total++;
            int type = Character.getType(cp);
            if (type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE
                    || type == Character.CONTROL && cp != '\n' && cp != '\r' && cp != '\t' && cp != '\f') {
                return 0;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED) {
                neutral++;
            } else {
                scripts.merge(script, 1, Integer::sum);
            }
        }
        int main = scripts.values().stream().max(Integer::compare).orElse(0);
        return total == 0 ? 0 : (neutral + main) / (double) total;
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        Charset charset = lookup(name);
        // ISO-8859-1 as detected is really windows-1252 in practice (curly quotes live in 0x80-0x9F);
        // a "UTF-8" guess has already failed strict decoding.
        if (charset == null || charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
                || charset.equals(StandardCharsets.UTF_8)) {
            return WINDOWS_1252;
        }
        return charset;
    }

    /** The charset called {@code name}, or null when Java does not know it. ISO-8859-1 becomes windows-1252, as browsers do. */
    static Charset lookup(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            if (!Charset.isSupported(name.trim())) {
                return null;
            }
            Charset charset = Charset.forName(name.trim());
            return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII) ? WINDOWS_1252 : charset;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    static String normaliseLineEnds(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}

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
     * UTF-16 saved without a BOM. Each byte order is decoded strictly and the one that reads as text of one script
     * (plus punctuation, digits, symbols and emoji) wins, when the bytes show it is UTF-16 at all:
     * <ul>
     * <li>bytes that no 8-bit text has (a NUL or another C0 control byte, 1% of the bytes or more): the zero
     * high bytes of Latin, Greek or Cyrillic text, or the one control byte of a lone emoji; or</li>
     * <li>for text with no such bytes — almost only CJK ideographs, kana or Hangul, whose code units have no zero
     * byte — bytes that are not UTF-8 and whose code units look like a script block's, not like two bytes of
     * another encoding read together: at most 60% of the bytes ASCII letters or spaces (8-bit Western text read two
     * bytes at a time is Han characters made of them), at least a quarter with a low byte under 0xA1 (the EUC family's and GBK's second bytes
     * never are), and not what the detector reads as a legacy CJK encoding in which the bytes decode
     * without error (Shift_JIS kana read two bytes at a time are Han characters). Eight characters at least.</li>
     * </ul>
     */
    static Charset unmarkedUtf16(byte[] b) {
        if (b.length < 2 || b.length % 2 != 0) {
            return null;
        }
        int sample = Math.min(b.length, UTF16_SAMPLE);
        // under 1% control bytes is 8-bit text with a stray NUL or control byte, not UTF-16 of a Western script
        boolean controls = BinarySniffer.controlBytes(b, sample) * 100 >= sample;
        if (!controls && (b.length < UTF16_MIN_WIDE_BYTES || strictUtf8(b) != null)) {
            return null;
        }
        if (mostlyAsciiLetters(b, sample)) {
            return null; // 8-bit Western text (with a stray NUL) read two bytes at a time is Han characters made of them
        }
        double le = textLikeness(b, sample, StandardCharsets.UTF_16LE);
        double be = textLikeness(b, sample, StandardCharsets.UTF_16BE);
        if (Math.max(le, be) < UTF16_MIN_LIKENESS) {
            return null;
        }
        Charset order = le > be || le == be && distinctHighBytes(b, sample, 1) <= distinctHighBytes(b, sample, 0)
                ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        return controls || looksLikeCodeUnits(b, sample, order) ? order : null;
    }

    /** Fewer bytes than this (eight code units) are too few to call UTF-16 without a control byte. */
    private static final int UTF16_MIN_WIDE_BYTES = 16;

    /** How many values the bytes at {@code parity} take: a script block's high bytes take few (Greek: 0x03 and 0x00). */
    private static int distinctHighBytes(byte[] b, int length, int parity) {
        boolean[] seen = new boolean[256];
        int distinct = 0;
        for (int i = parity; i < length; i += 2) {
            if (!seen[b[i] & 0xFF]) {
                seen[b[i] & 0xFF] = true;
                distinct++;
            }
        }
        return distinct;
    }

    private static boolean looksLikeCodeUnits(byte[] b, int length, Charset order) {
        int units = length / 2;
        int lowUnderA1 = 0;
        int lowIndex = order == StandardCharsets.UTF_16LE ? 0 : 1;
        for (int i = 0; i + 1 < length; i += 2) {
            if ((b[i + lowIndex] & 0xFF) < 0xA1) {
                lowUnderA1++;
            }
        }
        if (lowUnderA1 * 4 < units) {
            return false;
        }
        Charset legacy = detect(b, length);
        if (legacy.name().equals("GB18030")) {
            legacy = Charset.forName("GBK"); // GB18030's four-byte forms read almost any bytes; its Chinese text is GBK
        }
        return !isLegacyCjk(legacy) || strict(b, length, legacy) == null;
    }

    /** At least 60% of the bytes ASCII letters or spaces: 8-bit text (UTF-16 of Latin text has a zero in every other byte, CJK code units seldom two letters). */
    private static boolean mostlyAsciiLetters(byte[] b, int length) {
        int letters = 0;
        for (int i = 0; i < length; i++) {
            letters += asciiLetterOrSpace(b[i] & 0xFF);
        }
        return letters * 10 >= length * 6;
    }

    private static int asciiLetterOrSpace(int c) {
        return c == ' ' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' ? 1 : 0;
    }

    private static boolean isLegacyCjk(Charset charset) {
        String name = charset.name().toUpperCase(java.util.Locale.ROOT);
        return name.contains("BIG5") || name.startsWith("GB") || name.contains("EUC") || name.contains("SHIFT_JIS")
                || name.contains("SJIS") || name.startsWith("ISO-2022") || name.contains("HZ");
    }

    /** The first {@code length} bytes decoded strictly in {@code charset}, or null when they are not text in it. */
    private static String strict(byte[] bytes, int length, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static final int UTF16_SAMPLE = 64 * 1024;
    private static final double UTF16_MIN_LIKENESS = 0.9;

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
        return likeness(s);
    }

    /** Japanese writes Han with kana, Korean Hangul with Han, Chinese Han with bopomofo: one writing system each. */
    private static Character.UnicodeScript writingSystem(Character.UnicodeScript script) {
        return switch (script) {
            case HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> Character.UnicodeScript.HAN;
            default -> script;
        };
    }

    /**
     * Share of {@code s}'s characters that are neutral or of its main writing system; 0 with a control or unassigned
     * one.
     */
    private static double likeness(String s) {
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
            Character.UnicodeScript script = writingSystem(Character.UnicodeScript.of(cp));
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
        return strict(bytes, bytes.length, StandardCharsets.UTF_8);
    }

    private static Charset detect(byte[] bytes) {
        return detect(bytes, bytes.length);
    }

    /** What juniversalchardet makes of the first {@code length} bytes (windows-1252 when nothing more specific). */
    private static Charset detect(byte[] bytes, int length) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, length);
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

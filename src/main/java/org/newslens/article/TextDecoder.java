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
     * UTF-16 saved without a BOM shows as a zero byte in every other position for Latin text. Recognising it
     * keeps such files from being rejected as binary.
     */
    static Charset unmarkedUtf16(byte[] b) {
        int pairs = Math.min(b.length, 4096) / 2;
        if (pairs < 2) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            if (b[i] == 0) {
                zeroEven++;
            }
            if (b[i + 1] == 0) {
                zeroOdd++;
            }
        }
        if (zeroOdd >= pairs * 0.6 && zeroEven == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven >= pairs * 0.6 && zeroOdd == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
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

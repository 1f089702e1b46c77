package org.newslens.article;

import java.util.Locale;

/**
 * Recognises files that are not text, so the user is told so instead of shown garbage. A NUL byte anywhere
 * in a file that is not UTF-16 makes it binary: text never holds one, and dropping it silently would hide
 * a damaged or mislabelled file (docs/formats.md).
 */
final class BinarySniffer {
    private static final int SAMPLE = 8192;

    /** A short description such as "a PNG image" when {@code bytes} are binary, else null. */
    String describeBinary(byte[] bytes) {
        String known = knownSignature(bytes);
        if (known != null) {
            return known;
        }
        if (TextDecoder.bomCharset(bytes) != null || TextDecoder.unmarkedUtf16(bytes) != null) {
            return null;
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            return String.format(Locale.ROOT, "binary data (a NUL byte at byte %,d; text files have none)", nul);
        }
        int n = Math.min(bytes.length, SAMPLE);
        return n > 0 && controlBytes(bytes, n) > n / 20 ? "binary data" : null;
    }

    /** How many of the first {@code n} bytes are control characters other than line breaks, tab and form feed. */
    static int controlBytes(byte[] bytes, int n) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                count++;
            }
        }
        return count;
    }

    /** A NUL anywhere in the file, not only in the sample: the same byte must get the same answer wherever it is. */
    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String knownSignature(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
            return "a ZIP archive (or a Word/OpenDocument file)";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... signature) {
        if (b.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((b[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}

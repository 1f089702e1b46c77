package org.newslens.nlp;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A fixed list of distinct strings, each found by its position, stored as one byte array (a char below 0x80 in one
 * byte, others in two or three, as Java's modified UTF-8) with offsets, each string's {@link String#hashCode} and an
 * open-addressing table of positions. Read with a few bulk reads: a CRF model's 80,000–350,000 feature names or the
 * distsim lexicon's 533,629 words load without making a String, a map entry or a boxed integer each (what Java
 * serialisation of a HashIndex or HashMap costs), nor hashing anything (the table is stored too), and a lookup
 * compares the asked string with the bytes in place.
 */
final class PackedStrings {
    private static final int FIBONACCI = 0x9E3779B9;

    private final byte[] text;
    private final int[] offsets;
    private final int[] hashes;
    /** Position + 1 of the string whose hash lands there (or after it), 0 for an empty slot. */
    private final int[] slots;
    private final int shift;

    private PackedStrings(byte[] text, int[] offsets, int[] hashes, int[] slots) {
        if (Integer.bitCount(slots.length) != 1 || slots.length < 2 * hashes.length) {
            throw new IllegalArgumentException("A table of " + slots.length + " slots for " + hashes.length + " strings");
        }
        this.text = text;
        this.offsets = offsets;
        this.hashes = hashes;
        this.slots = slots;
        this.shift = 32 - Integer.numberOfTrailingZeros(slots.length);
    }

    /** The table is built here, at build time, and stored: filling it at load time is cache miss after cache miss. */
    private static int[] slots(int[] hashes) {
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, hashes.length * 2 - 1)));
        int[] slots = new int[1 << bits];
        int mask = slots.length - 1;
        for (int k = 0; k < hashes.length; k++) {
            int i = slot(hashes[k], 32 - bits);
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = k + 1;
        }
        return slots;
    }

    /** The strings in this order; they must be distinct. */
    static PackedStrings of(List<String> strings) {
        int n = strings.size();
        int[] offsets = new int[n + 1];
        int[] hashes = new int[n];
        int length = 0;
        for (int k = 0; k < n; k++) {
            length += encodedLength(strings.get(k));
            offsets[k + 1] = length;
        }
        byte[] text = new byte[length];
        for (int k = 0; k < n; k++) {
            String s = strings.get(k);
            hashes[k] = s.hashCode();
            int p = offsets[k];
            for (int j = 0; j < s.length(); j++) {
                p = encode(s.charAt(j), text, p);
            }
        }
        PackedStrings packed = new PackedStrings(text, offsets, hashes, slots(hashes));
        for (int k = 0; k < n; k++) {
            if (packed.indexOf(strings.get(k)) != k) {
                throw new IllegalArgumentException("Not distinct: " + strings.get(k));
            }
        }
        return packed;
    }

    int size() {
        return hashes.length;
    }

    /** The strings, read-only. */
    Set<String> asSet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return IntStream.range(0, size()).mapToObj(PackedStrings.this::get).iterator();
            }

            @Override
            public int size() {
                return PackedStrings.this.size();
            }

            @Override
            public boolean contains(Object o) {
                return indexOf(o) >= 0;
            }
        };
    }

    /** The position of the string, or -1. */
    int indexOf(Object o) {
        if (!(o instanceof String s)) {
            return -1;
        }
        int h = s.hashCode();
        int mask = slots.length - 1;
        for (int i = slot(h, shift); ; i = (i + 1) & mask) {
            int e = slots[i];
            if (e == 0) {
                return -1;
            }
            if (hashes[e - 1] == h && matches(e - 1, s)) {
                return e - 1;
            }
        }
    }

    String get(int k) {
        int p = offsets[k];
        int end = offsets[k + 1];
        int ascii = p;
        while (ascii < end && text[ascii] >= 0) {
            ascii++;
        }
        if (ascii == end) {
            return new String(text, p, end - p, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[end - p];
        int n = 0;
        while (p < end) {
            int b = text[p++] & 0xFF;
            if (b < 0x80) {
                chars[n++] = (char) b;
            } else if (b < 0xE0) {
                chars[n++] = (char) ((b & 0x1F) << 6 | text[p++] & 0x3F);
            } else {
                chars[n++] = (char) ((b & 0x0F) << 12 | (text[p++] & 0x3F) << 6 | text[p++] & 0x3F);
            }
        }
        return new String(chars, 0, n);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(hashes.length);
        out.writeInt(text.length);
        out.write(text);
        BulkReader.writeInts(out, offsets);
        BulkReader.writeInts(out, hashes);
        out.writeInt(slots.length);
        BulkReader.writeInts(out, slots);
    }

    static PackedStrings read(BulkReader in) throws IOException {
        int n = in.readInt();
        byte[] text = in.bytes(in.readInt());
        int[] offsets = in.ints(n + 1);
        int[] hashes = in.ints(n);
        return new PackedStrings(text, offsets, hashes, in.ints(in.readInt()));
    }

    private static int slot(int hash, int shift) {
        return (hash * FIBONACCI) >>> shift;
    }

    private boolean matches(int k, String s) {
        int p = offsets[k];
        int end = offsets[k + 1];
        int n = s.length();
        if (end - p < n) {
            return false;
        }
        for (int j = 0; j < n; j++) {
            char c = s.charAt(j);
            if (c < 0x80) {
                if (p >= end || text[p++] != c) {
                    return false;
                }
            } else if (c < 0x800) {
                if (end - p < 2 || text[p++] != (byte) (0xC0 | c >> 6) || text[p++] != (byte) (0x80 | c & 0x3F)) {
                    return false;
                }
            } else if (end - p < 3 || text[p++] != (byte) (0xE0 | c >> 12) || text[p++] != (byte) (0x80 | c >> 6 & 0x3F)
                    || text[p++] != (byte) (0x80 | c & 0x3F)) {
                return false;
            }
        }
        return p == end;
    }

    private static int encodedLength(String s) {
        int length = 0;
        for (int j = 0; j < s.length(); j++) {
            char c = s.charAt(j);
            length += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return length;
    }

    /** Writes the char at p and returns the position after it. */
    private static int encode(char c, byte[] into, int p) {
        if (c < 0x80) {
            into[p++] = (byte) c;
        } else if (c < 0x800) {
            into[p++] = (byte) (0xC0 | c >> 6);
            into[p++] = (byte) (0x80 | c & 0x3F);
        } else {
            into[p++] = (byte) (0xE0 | c >> 12);
            into[p++] = (byte) (0x80 | c >> 6 & 0x3F);
            into[p++] = (byte) (0x80 | c & 0x3F);
        }
        return p;
    }
}

package org.newslens.index;

import java.nio.ByteBuffer;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.newslens.article.Paragraph;

/** Paragraph numbers and ranges as stored with an indexed article (three ints each, big-endian), to number hits. */
final class ParagraphTable {
    private static final int WIDTH = 3;

    /** Each paragraph's number, start and end in turn, as stored. */
    private final int[] rows;

    private ParagraphTable(int[] rows) {
        this.rows = rows;
    }

    static byte[] encode(List<Paragraph> paragraphs) {
        ByteBuffer out = ByteBuffer.allocate(paragraphs.size() * WIDTH * Integer.BYTES);
        for (Paragraph p : paragraphs) {
            out.putInt(p.number()).putInt(p.start()).putInt(p.end());
        }
        return out.array();
    }

    static ParagraphTable decode(BytesRef stored) {
        int[] rows = new int[stored == null ? 0 : stored.length / (WIDTH * Integer.BYTES) * WIDTH];
        if (rows.length > 0) {
            ByteBuffer.wrap(stored.bytes, stored.offset, stored.length).asIntBuffer().get(rows);
        }
        return new ParagraphTable(rows);
    }

    /** Index of the paragraph holding {@code offset} (or the last one starting before it), -1 when there is none. */
    int indexAt(int offset) {
        int lo = 0;
        int hi = size() - 1;
        int found = size() > 0 ? 0 : -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (start(mid) <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    int size() {
        return rows.length / WIDTH;
    }

    int number(int index) {
        return rows[index * WIDTH];
    }

    int start(int index) {
        return rows[index * WIDTH + 1];
    }

    int end(int index) {
        return rows[index * WIDTH + 2];
    }
}

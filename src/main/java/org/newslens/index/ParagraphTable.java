package org.newslens.index;

import java.nio.ByteBuffer;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.newslens.article.Paragraph;

/** Paragraph numbers and ranges as stored with an indexed article (three ints each, big-endian), to number hits. */
final class ParagraphTable {
    private final int[] numbers;
    private final int[] starts;
    private final int[] ends;

    private ParagraphTable(int[] numbers, int[] starts, int[] ends) {
        this.numbers = numbers;
        this.starts = starts;
        this.ends = ends;
    }

    static byte[] encode(List<Paragraph> paragraphs) {
        ByteBuffer out = ByteBuffer.allocate(paragraphs.size() * 12);
        for (Paragraph p : paragraphs) {
            out.putInt(p.number()).putInt(p.start()).putInt(p.end());
        }
        return out.array();
    }

    static ParagraphTable decode(BytesRef stored) {
        int n = stored == null ? 0 : stored.length / 12;
        int[] numbers = new int[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        if (n > 0) {
            ByteBuffer in = ByteBuffer.wrap(stored.bytes, stored.offset, stored.length);
            for (int i = 0; i < n; i++) {
                numbers[i] = in.getInt();
                starts[i] = in.getInt();
                ends[i] = in.getInt();
            }
        }
        return new ParagraphTable(numbers, starts, ends);
    }

    /** Index of the paragraph holding {@code offset} (or the last one starting before it), -1 when there is none. */
    int indexAt(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = starts.length > 0 ? 0 : -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    int size() {
        return starts.length;
    }

    int number(int index) {
        return numbers[index];
    }

    int start(int index) {
        return starts[index];
    }

    int end(int index) {
        return ends[index];
    }
}

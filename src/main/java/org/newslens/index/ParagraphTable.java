package org.newslens.index;

import java.util.List;
import org.newslens.article.Paragraph;

/** Paragraph numbers and ranges as stored with an indexed article ("number:start:end;…"), to number hits. */
final class ParagraphTable {
    private final int[] numbers;
    private final int[] starts;
    private final int[] ends;

    private ParagraphTable(int[] numbers, int[] starts, int[] ends) {
        this.numbers = numbers;
        this.starts = starts;
        this.ends = ends;
    }

    static String encode(List<Paragraph> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(p.number()).append(':').append(p.start()).append(':').append(p.end());
        }
        return sb.toString();
    }

    static ParagraphTable decode(String stored) {
        if (stored == null || stored.isEmpty()) {
            return new ParagraphTable(new int[0], new int[0], new int[0]);
        }
        String[] parts = stored.split(";");
        int[] numbers = new int[parts.length];
        int[] starts = new int[parts.length];
        int[] ends = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String[] f = parts[i].split(":");
            numbers[i] = Integer.parseInt(f[0]);
            starts[i] = Integer.parseInt(f[1]);
            ends[i] = Integer.parseInt(f[2]);
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

package org.newslens.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads the model pack's arrays of ints, chars and floats (stored little-endian, the byte order of the machines we
 * run on, so a chunk converts with a plain copy) through one reused 64 KB chunk: loading makes the arrays it keeps
 * and almost no garbage (a temporary copy of each array would double what the collector has to deal with while the
 * models load). {@link #writeInts} and the other writers make what it reads.
 */
final class BulkReader implements AutoCloseable {
    private static final int CHUNK = 1 << 16;

    private final DataInputStream in;
    private final byte[] chunk = new byte[CHUNK];
    private final ByteBuffer buffer = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);

    BulkReader(InputStream in) {
        this.in = new DataInputStream(in);
    }

    DataInputStream data() {
        return in;
    }

    int readInt() throws IOException {
        return in.readInt();
    }

    byte[] bytes(int n) throws IOException {
        byte[] out = new byte[n];
        in.readFully(out);
        return out;
    }

    int[] ints(int n) throws IOException {
        int[] out = new int[n];
        inChunks(n, Integer.BYTES, (chunk, done, k) -> chunk.asIntBuffer().get(out, done, k));
        return out;
    }

    char[] chars(int n) throws IOException {
        char[] out = new char[n];
        inChunks(n, Character.BYTES, (chunk, done, k) -> chunk.asCharBuffer().get(out, done, k));
        return out;
    }

    private interface ChunkSink {
        void take(ByteBuffer chunk, int done, int count);
    }

    private void inChunks(int n, int width, ChunkSink sink) throws IOException {
        for (int done = 0; done < n; ) {
            int k = Math.min(n - done, CHUNK / width);
            sink.take(fill(k * width), done, k);
            done += k;
        }
    }

    /** Rows of the given lengths, their floats one after the other. */
    float[][] floatRows(int[] lengths) throws IOException {
        float[][] rows = new float[lengths.length][];
        int r = 0;
        while (r < lengths.length) {
            int first = r;
            int floats = lengths[r++];
            while (r < lengths.length && (floats + lengths[r]) * Float.BYTES <= CHUNK) {
                floats += lengths[r++];
            }
            if (floats * Float.BYTES > CHUNK) { // one row longer than a chunk
                rows[first] = new float[floats];
                byte[] b = bytes(floats * Float.BYTES);
                ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(rows[first]);
                continue;
            }
            var values = fill(floats * Float.BYTES).asFloatBuffer();
            for (int i = first; i < r; i++) {
                rows[i] = new float[lengths[i]];
                values.get(rows[i]);
            }
        }
        return rows;
    }

    private ByteBuffer fill(int n) throws IOException {
        in.readFully(chunk, 0, n);
        return buffer.clear().limit(n);
    }

    static void writeInts(DataOutputStream out, int[] values) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(values.length * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(values);
        out.write(b.array());
    }

    static void writeChars(DataOutputStream out, char[] values) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(values.length * Character.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asCharBuffer().put(values);
        out.write(b.array());
    }

    static void writeFloatRows(DataOutputStream out, float[][] rows) throws IOException {
        int total = 0;
        for (float[] row : rows) {
            total += row.length;
        }
        ByteBuffer b = ByteBuffer.allocate(total * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        var values = b.asFloatBuffer();
        for (float[] row : rows) {
            values.put(row);
        }
        out.write(b.array());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

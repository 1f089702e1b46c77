package org.newslens.cli;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that remembers why a write failed: {@link java.io.PrintWriter} swallows the error, so
 * that a full disk or a closed pipe would otherwise end the command with success and no word.
 */
final class CheckedOutputStream extends OutputStream {
    private final OutputStream out;
    private IOException failure;

    CheckedOutputStream(OutputStream out) {
        this.out = out;
    }

    IOException failure() {
        return failure;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    private IOException remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}

package org.newslens.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** A zip container (EPUB, DOCX) read within {@link Limits}: a zip bomb is refused, not unpacked. */
final class BoundedZip implements AutoCloseable {
    private final Path file;
    private final ZipFile zip;
    private final String kind;
    private long unzipped;

    BoundedZip(Path file, String kind) throws ArticleLoadException {
        this.file = file;
        this.kind = kind;
        try {
            this.zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new ArticleLoadException(file + " is not a readable " + kind + " file (not a valid zip container).", e);
        } catch (IOException e) {
            throw new ArticleLoadException("Cannot read " + file + ": " + ArticleLoader.oneLine(e), e);
        }
        int entries = zip.size();
        if (entries > Limits.MAX_ZIP_ENTRIES) {
            close();
            throw new ArticleLoadException(String.format(Locale.ROOT, "%s has %,d entries, more than the %,d a %s file may have.",
                    file, entries, Limits.MAX_ZIP_ENTRIES, kind));
        }
    }

    boolean has(String name) {
        return zip.getEntry(name) != null;
    }

    /** The entry's bytes, or null when there is none; refuses when the unpacked total passes the limit. */
    byte[] read(String name) throws ArticleLoadException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null || entry.isDirectory()) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                unzipped += n;
                if (unzipped > Limits.MAX_UNZIPPED) {
                    throw new ArticleLoadException(String.format(Locale.ROOT,
                            "%s unpacks to more than %,d bytes (a zip bomb?): refused.", file, Limits.MAX_UNZIPPED));
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ArticleLoadException(file + " is a damaged " + kind + " file: " + ArticleLoader.oneLine(e), e);
        }
    }

    String readText(String name) throws ArticleLoadException {
        byte[] bytes = read(name);
        return bytes == null ? null : new TextDecoder().decode(bytes).text();
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // nothing was written; a failed close loses nothing
        }
    }
}

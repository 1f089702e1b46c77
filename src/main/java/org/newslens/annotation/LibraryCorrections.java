package org.newslens.annotation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.newslens.app.AtomicFiles;
import org.newslens.app.Json;
import org.newslens.app.LockFile;
import org.newslens.nlp.EntityAnalysis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library-wide entity corrections of the data directory, {@code library-corrections.json}: a W3C
 * AnnotationCollection without annotations whose {@code nl:libraryCorrections} lists them in the order made.
 * Each change re-reads the file under a lock (another process may have added one) and replaces it atomically;
 * reads are cached until the file changes. Thread-safe.
 */
public final class LibraryCorrections {
    public static final String FILE = "library-corrections.json";
    private static final Logger LOG = LoggerFactory.getLogger(LibraryCorrections.class);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final Path file;
    private final ObjectMapper json = Json.mapper();
    private final LibraryCorrector corrector = new LibraryCorrector();
    private List<LibraryCorrection> cached = List.of();
    private FileTime cachedTime;
    private long cachedSize = -1;

    public LibraryCorrections(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** The store in the data directory {@code dataDir}. */
    public static LibraryCorrections in(Path dataDir) {
        return new LibraryCorrections(dataDir.resolve(FILE));
    }

    public Path file() {
        return file;
    }

    /** The corrections in the order made; none when the file is missing or cannot be read (logged). */
    public synchronized List<LibraryCorrection> all() {
        try {
            return read();
        } catch (IOException e) {
            LOG.warn("Library-wide entity corrections not applied: {}", e.getMessage());
            return List.of();
        }
    }

    /** {@code analysis} with every library-wide correction laid over it. */
    public EntityAnalysis apply(EntityAnalysis analysis) {
        return corrector.apply(analysis, all());
    }

    /** Records {@code c} after the others. @throws IOException when the file cannot be read or written: nothing changed */
    public void add(LibraryCorrection c) throws IOException {
        change(list -> {
            list.add(c);
            return list;
        });
    }

    /** Withdraws {@code c} (undo); false when it was not there. */
    public boolean remove(LibraryCorrection c) throws IOException {
        boolean[] removed = {false};
        change(list -> {
            removed[0] = list.remove(c);
            return list;
        });
        return removed[0];
    }

    private synchronized void change(UnaryOperator<List<LibraryCorrection>> edit) throws IOException {
        Files.createDirectories(file.getParent());
        try (LockFile.Held lock = LockFile.acquire(file.resolveSibling(FILE + ".lock"), PATIENCE)) {
            List<LibraryCorrection> list = edit.apply(new ArrayList<>(read()));
            AtomicFiles.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(list)));
            remember(List.copyOf(list));
        }
    }

    private List<LibraryCorrection> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            cached = List.of();
            cachedTime = null;
            return cached;
        }
        FileTime time = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        if (time.equals(cachedTime) && size == cachedSize) {
            return cached;
        }
        List<LibraryCorrection> list = fromJson(json.readTree(file.toFile()));
        cached = list;
        cachedTime = time;
        cachedSize = size;
        return list;
    }

    private void remember(List<LibraryCorrection> list) throws IOException {
        cached = list;
        cachedTime = Files.getLastModifiedTime(file);
        cachedSize = Files.size(file);
    }

    private ObjectNode toJson(List<LibraryCorrection> list) {
        ObjectNode root = json.createObjectNode();
        root.put("@context", WebAnnotationCodec.CONTEXT);
        root.put("type", "AnnotationCollection");
        root.put("label", "NewsLens library-wide entity corrections");
        root.put("nl:saved", Instant.now().toString());
        ArrayNode items = root.putArray("nl:libraryCorrections");
        for (LibraryCorrection c : list) {
            items.addObject().put("kind", c.kind().name()).put("entity", c.entity()).put("other", c.other())
                    .put("made", c.made().toString());
        }
        return root;
    }

    private List<LibraryCorrection> fromJson(JsonNode root) throws IOException {
        JsonNode items = root == null ? null : root.get("nl:libraryCorrections");
        if (items == null || !items.isArray()) {
            throw new IOException(file + " is not a list of library-wide corrections (nl:libraryCorrections is missing)");
        }
        List<LibraryCorrection> out = new ArrayList<>();
        for (JsonNode n : items) {
            try {
                out.add(new LibraryCorrection(LibraryCorrection.Kind.valueOf(n.path("kind").asText()), n.path("entity").asText(),
                        n.path("other").asText(), Instant.parse(n.path("made").asText())));
            } catch (RuntimeException e) {
                throw new IOException(file + " holds a bad library-wide correction " + n + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }
}

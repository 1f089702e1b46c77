package org.newslens.index;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.newslens.app.AtomicFiles;
import org.newslens.app.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The list of article files an index folder holds, kept beside Lucene's own files (a name Lucene never
 * touches) and rewritten at each commit that changed it. It outlives damage to the index itself, so a
 * damaged index can be rebuilt from the articles it held.
 */
final class IndexManifest {
    private static final Logger LOG = LoggerFactory.getLogger(IndexManifest.class);
    static final String FILE_NAME = "newslens-articles.json";
    private static final TypeReference<List<String>> PATHS = new TypeReference<>() {
    };

    private IndexManifest() {
    }

    /** The files recorded in {@code dir}; none when there is no list or it cannot be read. */
    static List<Path> read(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<Path> out = new ArrayList<>();
            for (String p : Json.mapper().readValue(file.toFile(), PATHS)) {
                out.add(Path.of(p));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Unreadable list of indexed articles {}: {}", file, e.getMessage());
            return List.of();
        }
    }

    static void write(Path dir, Collection<String> files) throws IOException {
        List<String> sorted = new ArrayList<>(files);
        sorted.sort(null);
        AtomicFiles.write(dir.resolve(FILE_NAME), Json.mapper().writeValueAsBytes(sorted));
    }
}

package org.newslens.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the index holds, kept in memory so that "is this article indexed?" never reads the index: each
 * article's key, content hash, entity fingerprint and file. Also writes the {@link IndexManifest} when
 * the set of files changed.
 */
final class ArticleCatalog {
    private final Map<String, String> hashByKey = new ConcurrentHashMap<>();
    private final Map<String, Integer> hashCounts = new ConcurrentHashMap<>();
    private final Map<String, String> entityPrintByKey = new ConcurrentHashMap<>();
    private final Map<String, String> fileByKey = new ConcurrentHashMap<>();
    private volatile boolean filesChanged;

    void put(String key, String hash, String entityPrint, String file) {
        String old = hashByKey.put(key, hash);
        if (old != null) {
            hashCounts.computeIfPresent(old, (h, n) -> n > 1 ? n - 1 : null);
        }
        hashCounts.merge(hash, 1, Integer::sum);
        if (entityPrint != null) {
            entityPrintByKey.put(key, entityPrint);
        } else {
            entityPrintByKey.remove(key);
        }
        if (file != null && !file.equals(fileByKey.put(key, file))) {
            filesChanged = true;
        }
    }

    void remove(String key) {
        entityPrintByKey.remove(key);
        if (fileByKey.remove(key) != null) {
            filesChanged = true;
        }
        String old = hashByKey.remove(key);
        if (old != null) {
            hashCounts.computeIfPresent(old, (h, n) -> n > 1 ? n - 1 : null);
        }
    }

    String hash(String key) {
        return hashByKey.get(key);
    }

    String entityPrint(String key) {
        return entityPrintByKey.get(key);
    }

    boolean containsKey(String key) {
        return hashByKey.containsKey(key);
    }

    boolean containsHash(String hash) {
        return hashCounts.containsKey(hash);
    }

    int size() {
        return hashByKey.size();
    }

    /** Records the indexed files in {@code folder} when they changed since the last time (nothing for an index in memory). */
    void saveManifest(Path folder) throws IOException {
        if (folder != null && filesChanged) {
            filesChanged = false;
            IndexManifest.write(folder, fileByKey.values());
        }
    }

    /** Forgets everything: what was read from an index that then proved damaged. */
    void clear() {
        hashByKey.clear();
        hashCounts.clear();
        entityPrintByKey.clear();
        fileByKey.clear();
        filesChanged = false;
    }
}

package org.newslens.index;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the index lives: the Lucene directory, its one writer and the searchers over it. Opening checks the
 * index and, when it is damaged (a missing or broken file, a plain file where the folder should be) or was
 * built by another schema, sets it aside as {@code <name>.damaged-<time>} (damage) or starts it afresh
 * (schema) and tells which articles it held (from the {@link IndexManifest}), so they can be indexed again.
 */
final class IndexStorage implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexStorage.class);

    private final Directory directory;
    private final Path folder;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final IndexRecovery recovery;
    /** Counts changes to the writer's documents: a search refreshes its reader only when some came after the last refresh. */
    private volatile long changes = 1;
    private volatile long refreshedAt;
    private final Object refreshLock = new Object();

    private IndexStorage(Directory directory, Path folder, Analyzer analyzer, boolean create, IndexRecovery recovery) throws IOException {
        this.directory = directory;
        this.folder = folder;
        this.recovery = recovery;
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(true);
        IndexWriter w = new IndexWriter(directory, config);
        try {
            w.setLiveCommitData(Map.of(IndexFields.SCHEMA_KEY, IndexFields.SCHEMA_VERSION).entrySet());
            this.searchers = new SearcherManager(w, ArticleSearcher.factory());
        } catch (IOException | RuntimeException e) {
            w.rollback();
            throw e;
        }
        this.writer = w;
    }

    static IndexStorage inMemory(Analyzer analyzer) {
        try {
            return new IndexStorage(new ByteBuffersDirectory(), null, analyzer, true, null);
        } catch (IOException e) {
            throw new IndexException("Cannot create an index in memory: " + e.getMessage(), e);
        }
    }

    /**
     * Opens (or creates) the index in {@code dir} and hands every stored document's fields to {@code check}
     * (which also proves every segment readable). A damaged index is set aside and started afresh.
     *
     * @throws IndexException when the folder cannot be used: another NewsLens process has it open, or it
     *                        cannot be read or written (permissions) — then nothing is moved
     */
    static IndexStorage open(Path dir, Analyzer analyzer, Consumer<IndexStorage> check) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                return afresh(dir, analyzer, "it is a file, not a folder", List.of());
            }
            Files.createDirectories(dir);
            List<Path> held = IndexManifest.read(dir);
            FSDirectory fs = FSDirectory.open(dir);
            boolean otherSchema = false;
            if (DirectoryReader.indexExists(fs)) {
                String schema = readSchema(fs);
                otherSchema = !IndexFields.SCHEMA_VERSION.equals(schema);
            }
            if (otherSchema) {
                LOG.info("Search index {} was built by another version of NewsLens; rebuilding", dir);
            }
            IndexRecovery rebuilt = otherSchema ? new IndexRecovery("it was built by another version of NewsLens", null, held) : null;
            IndexStorage storage = null;
            try {
                storage = new IndexStorage(fs, dir, analyzer, otherSchema, rebuilt);
                check.accept(storage);
                return storage;
            } catch (LockObtainFailedException e) {
                closeQuietly(storage, fs);
                throw new IndexException("The search index " + dir + " is in use by another NewsLens process.", e);
            } catch (AccessDeniedException e) {
                closeQuietly(storage, fs);
                throw new IndexException("Cannot open the search index in " + dir + ": permission denied (" + e.getFile() + ").", e);
            } catch (IOException | IndexException e) {
                Throwable cause = e instanceof IndexException && e.getCause() != null ? e.getCause() : e;
                if (!isDamage(cause)) {
                    closeQuietly(storage, fs);
                    throw e;
                }
                if (storage != null) {
                    storage.abandon();
                }
                fs.close();
                return afresh(dir, analyzer, "a file of it is missing or damaged (" + cause.getClass().getSimpleName() + ")", held);
            }
        } catch (AccessDeniedException e) {
            throw new IndexException("Cannot open the search index in " + dir + ": permission denied (" + e.getFile() + ").", e);
        } catch (IOException e) {
            throw new IndexException("Cannot open the search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isDamage(Throwable e) {
        return e instanceof CorruptIndexException || e instanceof IndexFormatTooOldException
                || e instanceof IndexFormatTooNewException || e instanceof NoSuchFileException
                || e instanceof FileNotFoundException || e instanceof EOFException;
    }

    /** Moves whatever is at {@code dir} aside and starts an empty index there. */
    private static IndexStorage afresh(Path dir, Analyzer analyzer, String why, List<Path> held) throws IOException {
        Path aside = dir.resolveSibling(dir.getFileName() + ".damaged-" + Instant.now().toString().replace(':', '-'));
        LOG.info("Search index {} is damaged ({}); moved to {} and rebuilding", dir, why, aside);
        Files.move(dir, aside);
        Files.createDirectories(dir);
        return new IndexStorage(FSDirectory.open(dir), dir, analyzer, true, new IndexRecovery(why, aside, held));
    }

    private static String readSchema(Directory dir) {
        try {
            return SegmentInfos.readLatestCommit(dir).getUserData().get(IndexFields.SCHEMA_KEY);
        } catch (IOException e) {
            return null;
        }
    }

    private static void closeQuietly(IndexStorage storage, Directory fs) {
        try {
            if (storage != null) {
                storage.abandon();
            }
            fs.close();
        } catch (IOException | RuntimeException ignored) {
            // already failing: the first error is the one to report
        }
    }

    /** Drops the writer without committing: used when the index proved unreadable. */
    private void abandon() throws IOException {
        try {
            searchers.close();
        } finally {
            writer.rollback();
        }
    }

    /** What opening found wrong and set aside, or null when the index opened as it was. */
    IndexRecovery recovery() {
        return recovery;
    }

    IndexWriter writer() {
        return writer;
    }

    /** Tells the searchers that the writer's documents changed. */
    void changed() {
        changes++;
    }

    IndexSearcher acquire() {
        try {
            if (changes != refreshedAt) {
                synchronized (refreshLock) {
                    long seen = changes;
                    if (seen != refreshedAt) {
                        searchers.maybeRefreshBlocking();
                        refreshedAt = seen;
                    }
                }
            }
            return searchers.acquire();
        } catch (IOException e) {
            throw new IndexException("Cannot read the index: " + e.getMessage(), e);
        }
    }

    void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new IndexException("Cannot read the index: " + e.getMessage(), e);
        }
    }

    /** The index's folder, or null for an index in memory. */
    Path folder() {
        return folder;
    }

    /** Makes the writer's changes durable. */
    void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new IndexException("Cannot save the index: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new IndexException("Cannot close the index: " + e.getMessage(), e);
        }
    }
}

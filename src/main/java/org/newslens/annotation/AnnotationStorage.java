package org.newslens.annotation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newslens.app.AppHome;
import org.newslens.app.AtomicFiles;
import org.newslens.app.LockFile;
import org.newslens.app.Json;
import org.newslens.analysis.ArticleAnalysis;
import org.newslens.article.Article;
import org.newslens.nlp.EntityAnalysis;

/**
 * The annotation directory of the data directory: one file per article text, {@code <contentHash>.json}
 * (a W3C AnnotationCollection that also remembers the article's path and holds its entity corrections).
 * When an article's text has changed since it was annotated, the file of its previous text is found by
 * path, its annotations re-anchored into the new text and moved to the new file.
 */
public final class AnnotationStorage {
    public static final String DIRECTORY = "annotations";
    private static final DateTimeFormatter ASIDE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** A temporary older than this was left by a killed writer: no save takes that long. */

    private final Path directory;
    private final WebAnnotationCodec codec;
    private final Clock clock;
    private final LibraryCorrections library;
    private final Consumer<String> slowCall;
    private boolean cleaned;

    /** Annotations in {@code directory}; the library-wide corrections beside it (in the data directory). */
    public AnnotationStorage(Path directory, WebAnnotationCodec codec, Clock clock) {
        this(directory.toAbsolutePath().normalize(), codec, clock,
                new LibraryCorrections(directory.toAbsolutePath().normalize().resolveSibling(LibraryCorrections.FILE)), what -> { });
    }

    private AnnotationStorage(Path directory, WebAnnotationCodec codec, Clock clock, LibraryCorrections library,
                              Consumer<String> slowCall) {
        this.directory = directory;
        this.codec = codec;
        this.clock = clock;
        this.library = library;
        this.slowCall = slowCall;
    }

    /** The library-wide entity corrections, laid over every article after its own. */
    public LibraryCorrections library() {
        return library;
    }

    /**
     * This storage telling {@code check} of every call that reads or writes files, its own and its stores' (the
     * window's guard against file work on the FX thread). {@link #fileFor} and a store's reads from memory are not told.
     */
    public AnnotationStorage checkedBy(Consumer<String> check) {
        return new AnnotationStorage(directory, codec, clock, library, check);
    }

    /** The annotation directory of the user's data directory. */
    public static AnnotationStorage in(AppHome home) throws IOException {
        return in(home, null);
    }

    /** As {@link #in(AppHome)}, crediting new annotations to {@code userName} (the command line's) when given. */
    public static AnnotationStorage in(AppHome home, String userName) throws IOException {
        return new AnnotationStorage(home.dir(DIRECTORY), WebAnnotationCodec.forUser(home, userName), Clock.systemUTC());
    }

    public Path directory() {
        return directory;
    }

    public Path fileFor(Article article) {
        return directory.resolve(article.contentHash() + ".json");
    }

    /**
     * Opens the annotations of an article. A corrupt file is renamed aside ({@code <name>.corrupt-<time>})
     * and reported in {@link AnnotationStore#notices()}; a file that cannot be read for another reason
     * (permissions, an I/O error) is left where it is and reported by a {@link StoreUnreadableException}.
     */
    public AnnotationStore open(Article article) throws IOException {
        slowCall.accept("AnnotationStorage.open");
        Files.createDirectories(directory);
        if (!cleaned) {
            AtomicFiles.deleteStaleTemporaries(directory, clock.instant().minus(AtomicFiles.STALE_AFTER));
            cleaned = true;
        }
        Path file = fileFor(article);
        StoreFile storeFile = new StoreFile(file, this::read);
        try (LockFile.Held lock = lockToOpen(storeFile)) {
            return openLocked(article, file, storeFile);
        }
    }

    /** Reading needs no lock (saves are atomic); only moving files does. A read-only folder is read unlocked. */
    private static LockFile.Held lockToOpen(StoreFile storeFile) {
        try {
            return storeFile.lock();
        } catch (IOException e) {
            return null;
        }
    }

    private AnnotationStore openLocked(Article article, Path file, StoreFile storeFile) throws IOException {
        List<String> notices = new ArrayList<>();
        StoredAnnotations stored = null;
        Path previous = null;
        String blocked = null;
        if (Files.exists(file)) {
            try {
                stored = read(file);
            } catch (AnnotationFormatException e) {
                Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + ASIDE_STAMP.format(clock.instant()));
                try {
                    Files.move(file, aside);
                    notices.add("The annotation file " + file + " could not be read (" + e.getMessage()
                            + "); it was kept as " + aside + " and a new file started.");
                } catch (IOException moveFailed) {
                    blocked = "the unreadable annotation file " + file + " could not be moved aside (" + moveFailed.getMessage()
                            + "), so nothing is saved over it";
                    notices.add("The annotation file " + file + " could not be read (" + e.getMessage() + "); "
                            + blocked + ".");
                }
            } catch (IOException e) {
                throw new StoreUnreadableException(file, e);
            }
        } else if (article.source() != null) {
            previous = findPreviousVersion(article, notices);
            if (previous != null) {
                try {
                    stored = read(previous);
                } catch (AnnotationFormatException e) {
                    notices.add("The annotations of an earlier version of this article, " + previous
                            + ", could not be read (" + e.getMessage() + "); the file is left as it is.");
                    previous = null;
                } catch (IOException e) {
                    throw new StoreUnreadableException(previous, e);
                }
            }
        }
        storeFile.markSeen();
        AnnotationStore store = new AnnotationStore(article, file, codec, clock, stored, notices, blocked, storeFile, library);
        store.checkSlowCalls(slowCall);
        if (previous != null && stored != null) {
            store.save();
            storeFile.markSeen();
            Files.deleteIfExists(previous);
            int orphans = store.orphans().size();
            store.addNotice("The article's text has changed since it was annotated: "
                    + store.annotations().size() + " annotation(s) placed again"
                    + (orphans > 0 ? ", " + orphans + " could not be placed (listed as orphans, kept)" : "") + ".");
        }
        return store;
    }

    /**
     * The recogniser's analysis with the reader's corrections for this exact text and the library-wide ones laid over it, for indexing
     * and other bulk uses: reads only this text's file, changes nothing on disk, and falls back to the
     * analysis as given when there is no readable file (opening the article reports such problems).
     */
    public EntityAnalysis corrected(Article article, EntityAnalysis recognised) {
        slowCall.accept("AnnotationStorage.corrected");
        Path file = fileFor(article);
        if (!Files.isRegularFile(file)) {
            return library.apply(recognised);
        }
        try {
            List<EntityCorrection> corrections = read(file).corrections();
            return library.apply(corrections.isEmpty() ? recognised : new EntityCorrector().apply(recognised, article.text(), corrections));
        } catch (IOException | AnnotationFormatException e) {
            return library.apply(recognised);
        }
    }

    /**
     * The article's quotes with the reader's speaker corrections for this exact text laid over them (see
     * {@link #corrected}): reads only this text's file, changes nothing, and gives the analysis as it is
     * without a readable file.
     */
    public ArticleAnalysis correctedSpeakers(Article article, EntityAnalysis entities, ArticleAnalysis analysis) {
        return SpeakerCorrector.apply(analysis, article.text(), entities, speakerCorrections(article));
    }

    /**
     * The reader's speaker corrections saved for this exact text, in the order made; none without a readable file.
     * Reads only this text's file and changes nothing.
     */
    public List<SpeakerCorrection> speakerCorrections(Article article) {
        slowCall.accept("AnnotationStorage.speakerCorrections");
        Path file = fileFor(article);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return read(file).speakerCorrections();
        } catch (IOException | AnnotationFormatException e) {
            return List.of();
        }
    }

    /**
     * The highlights and notes saved for the text with this content hash, as saved (not re-anchored): for
     * library-wide views. Reads only that file and changes nothing; none when there is no readable file.
     */
    public List<Annotation> saved(String contentHash) {
        slowCall.accept("AnnotationStorage.saved");
        Path file = directory.resolve(contentHash + ".json");
        if (contentHash == null || contentHash.isEmpty() || !Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return read(file).annotations();
        } catch (IOException | AnnotationFormatException e) {
            return List.of();
        }
    }

    StoredAnnotations read(Path file) throws IOException, AnnotationFormatException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = codec.mapper().readTree(in);
        } catch (JsonProcessingException e) {
            throw new AnnotationFormatException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new AnnotationFormatException("not an annotation collection");
        }
        Instant saved = Instant.EPOCH;
        if (root.hasNonNull("nl:saved")) {
            try {
                saved = Instant.parse(root.get("nl:saved").asText());
            } catch (RuntimeException e) {
                throw new AnnotationFormatException("bad save time " + root.get("nl:saved"), e);
            }
        }
        return new StoredAnnotations(
                root.path("nl:path").asText(null),
                root.path("nl:contentHash").asText(null),
                saved,
                codec.readAnnotations(root, saved),
                codec.correctionsFromJson(root.get("nl:entityCorrections")),
                codec.speakerCorrectionsFromJson(root.get("nl:speakerCorrections")));
    }

    /** The latest-saved file that belongs to another text of the same article path, if any. */
    private Path findPreviousVersion(Article article, List<String> notices) throws IOException {
        String key = pathKey(article.source());
        Path best = null;
        Instant bestSaved = null;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.json")) {
            for (Path f : files) {
                try {
                    Header h = header(f);
                    if (key.equals(h.path()) && (bestSaved == null || h.saved().isAfter(bestSaved))) {
                        best = f;
                        bestSaved = h.saved();
                    }
                } catch (IOException | RuntimeException e) {
                    notices.add("Skipped the unreadable annotation file " + f + " (" + e.getMessage() + ").");
                }
            }
        }
        return best;
    }

    private record Header(String path, Instant saved) {
    }

    /** Reads only the top-level article fields, skipping the annotations themselves. */
    private Header header(Path file) throws IOException {
        String path = null;
        Instant saved = Instant.EPOCH;
        try (JsonParser p = codec.mapper().getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not an annotation collection");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME && (path == null || saved.equals(Instant.EPOCH))) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("nl:path".equals(name) && value == JsonToken.VALUE_STRING) {
                    path = p.getText();
                } else if ("nl:saved".equals(name) && value == JsonToken.VALUE_STRING) {
                    saved = Instant.parse(p.getText());
                } else {
                    p.skipChildren();
                }
            }
        }
        return new Header(path, saved);
    }

    static String pathKey(Path source) {
        return source.toAbsolutePath().normalize().toString();
    }
}

package org.newslens.annotation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.newslens.app.AtomicFiles;
import org.newslens.app.LockFile;
import org.newslens.article.Article;

/**
 * Writes one store's annotations to its file while other stores on the same file (another process, the
 * command line beside the window) may write too: each change is applied under the file's lock to what is on
 * disk now. Another writer's adds, edits and deletions since this store last read or wrote the file are read
 * back first, so a change is merged into the latest state by annotation id instead of saving over it.
 */
final class MergingWriter {
    private final Article article;
    private final Path file;
    private final WebAnnotationCodec codec;
    private final Clock clock;
    private final String blockedReason;
    private final StoreFile storeFile;
    private final PlacedAnnotations contents;

    /** {@code blockedReason}: why nothing may be saved (an unreadable file that could not be set aside), or null. */
    MergingWriter(Article article, Path file, WebAnnotationCodec codec, Clock clock, String blockedReason,
                  StoreFile storeFile, PlacedAnnotations contents) {
        this.article = article;
        this.file = file;
        this.codec = codec;
        this.clock = clock;
        this.blockedReason = blockedReason;
        this.storeFile = storeFile;
        this.contents = contents;
    }

    /**
     * Applies {@code mutation} to the contents merged with what is on disk and saves; on a failed save the
     * contents are as before the mutation. {@code changed} runs whenever the contents changed, also when
     * the mutation or the save failed after another writer's changes were read back.
     */
    void change(Consumer<PlacedAnnotations> mutation, Runnable changed) {
        write(contents, mutation, changed);
        changed.run();
    }

    /**
     * {@link #change} onto {@code target} (the contents, or a saver's own copy of them): under the file's lock,
     * merges what other writers saved, applies {@code mutation}, saves {@code target}. Returns whether other
     * writers' changes were read back; {@code mergedThenFailed} runs when they were and the save then failed.
     */
    boolean write(PlacedAnnotations target, Consumer<PlacedAnnotations> mutation, Runnable mergedThenFailed) {
        try (LockFile.Held lock = storeFile.lock()) {
            boolean merged = mergeFromDisk(target);
            try {
                applyAndSave(target, mutation);
            } catch (RuntimeException e) {
                if (merged) {
                    mergedThenFailed.run();
                }
                throw e;
            }
            return merged;
        } catch (IOException e) {
            throw new AnnotationStorageException("Could not save annotations to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the current contents as they are. */
    void save() throws IOException {
        save(contents);
    }

    private void save(PlacedAnnotations what) throws IOException {
        if (blockedReason != null) {
            throw new IOException(blockedReason);
        }
        ObjectNode collection = codec.collection("urn:newslens:annotations:" + article.contentHash(),
                "Annotations on " + article.title(), what.all());
        // the article's identity comes first so that looking for a path can stop reading early
        ObjectNode root = codec.mapper().createObjectNode();
        root.putArray("@context").add(WebAnnotationCodec.CONTEXT).addObject().put("nl", WebAnnotationCodec.NL_NS);
        root.put("nl:contentHash", article.contentHash());
        if (article.source() != null) {
            root.put("nl:path", AnnotationStorage.pathKey(article.source()));
        }
        root.put("nl:title", article.title());
        root.put("nl:saved", clock.instant().toString());
        collection.remove("@context");
        root.setAll(collection);
        root.set("nl:entityCorrections", codec.correctionsToJson(what.corrections()));
        if (!what.speakerCorrections().isEmpty()) {
            root.set("nl:speakerCorrections", codec.mapper().valueToTree(what.speakerCorrections()));
        }
        AtomicFiles.write(file, codec.mapper().writeValueAsBytes(root));
    }

    private boolean mergeFromDisk(PlacedAnnotations target) throws IOException {
        StoredAnnotations latest;
        try {
            latest = storeFile.changedSinceSeen();
        } catch (AnnotationFormatException e) {
            throw new IOException("another program changed it and it can no longer be read (" + e.getMessage() + ")", e);
        }
        if (latest == null) {
            return false;
        }
        target.load(latest);
        return true;
    }

    private void applyAndSave(PlacedAnnotations target, Consumer<PlacedAnnotations> mutation) {
        PlacedAnnotations.Snapshot before = target.snapshot();
        mutation.accept(target);
        try {
            save(target);
            storeFile.markSeen();
        } catch (IOException e) {
            target.restore(before);
            throw new AnnotationStorageException("Could not save annotations to " + file + ": " + e.getMessage(), e);
        }
    }
}

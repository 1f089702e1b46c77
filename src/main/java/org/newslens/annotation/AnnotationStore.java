package org.newslens.annotation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.newslens.article.Article;
import org.newslens.nlp.EntityAnalysis;

/**
 * The annotations and entity corrections of one article. Every change is written to disk at once
 * (atomically), so there is no Save; or, after {@link #saveInBackground}, kept in memory at once and written in
 * order on a worker (the window, whose thread must not wait for the disk). Placed annotations are in reading
 * order; orphans (annotations that could not be found in the current text) are kept and listed separately, and are saved with the rest.
 * Obtain one from {@link AnnotationStorage#open(Article)}. Not thread-safe: use it from one thread. Other
 * stores on the same file (another process, the command line beside the window) may write meanwhile: each
 * change merges with what they saved (see {@link #change}).
 */
public final class AnnotationStore {

    /** Told after every change (add, edit, delete, corrections, import). */
    @FunctionalInterface
    public interface Listener {
        void annotationsChanged(AnnotationStore store);
    }

    private final Article article;
    private final Path file;
    private final WebAnnotationCodec codec;
    private final List<String> notices = new ArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final PlacedAnnotations contents;
    private final MergingWriter writer;
    private final LibraryCorrections library;
    private WriteBehind behind;
    private Runnable queued = () -> { };
    private Consumer<String> slowCall = what -> { };

    AnnotationStore(Article article, Path file, WebAnnotationCodec codec, Clock clock, StoredAnnotations stored,
                    List<String> notices, String blockedReason, StoreFile storeFile, LibraryCorrections library) {
        this.article = article;
        this.library = library;
        this.file = file;
        this.codec = codec;
        this.notices.addAll(notices);
        this.contents = new PlacedAnnotations(article, this.notices::add);
        this.writer = new MergingWriter(article, file, codec, clock, blockedReason, storeFile, contents);
        if (stored != null) {
            contents.load(stored);
        }
    }

    public Article article() {
        return article;
    }

    /** Whom new annotations are credited to (the storage's user profile). */
    public UserProfile user() {
        return codec.profile();
    }

    /** Where these annotations are stored: show it to the user. */
    public Path file() {
        return file;
    }

    /** Placed annotations in reading order. */
    public List<Annotation> annotations() {
        return contents.placed();
    }

    /** Annotations that could not be placed in the current text; kept, never dropped. */
    public List<Annotation> orphans() {
        return contents.orphans();
    }

    /** Notes on the whole article (imported page notes and replies): no place in the text, kept and exported. */
    public List<Annotation> articleNotes() {
        return contents.articleNotes();
    }

    public List<EntityCorrection> corrections() {
        return contents.corrections();
    }

    /** Messages for the user from opening the store: a corrupt file set aside, re-anchoring after edits. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** How each annotation was placed when the store was opened or the annotation imported. */
    public Optional<Anchoring.Method> anchoringOf(String id) {
        return contents.anchoringOf(id);
    }

    public Optional<Annotation> find(String id) {
        return contents.find(id);
    }

    public boolean isOrphan(String id) {
        return contents.isOrphan(id);
    }

    /** Placed annotations overlapping {@code [start, end)} (for "what is highlighted here?"). */
    public List<Annotation> annotationsOverlapping(int start, int end) {
        return contents.overlapping(start, end);
    }

    /** The recogniser's analysis with this article's corrections, then the library-wide ones, laid over it. */
    public EntityAnalysis corrected(EntityAnalysis recognised) {
        return library.apply(new EntityCorrector().apply(recognised, article.text(), contents.corrections()));
    }

    /** Adds a new annotation; it must quote the current text exactly at its position. */
    public void add(Annotation annotation) {
        String text = article.text();
        if (annotation.end() > text.length() || !text.startsWith(annotation.exact(), annotation.start())
                || annotation.end() - annotation.start() != annotation.exact().length()) {
            throw new IllegalArgumentException("the annotation does not quote the article at " + annotation.start() + ".." + annotation.end());
        }
        if (find(annotation.id()).isPresent()) {
            throw new IllegalStateException("annotation " + annotation.id() + " already exists");
        }
        change(c -> c.addPlaced(annotation));
    }

    /** Replaces the annotation with the same id (an edit of note, tags or colour), placed or orphan. */
    public void update(Annotation annotation) {
        if (find(annotation.id()).isEmpty()) {
            throw new IllegalStateException("no annotation " + annotation.id());
        }
        // deleted meanwhile by another writer (the merge re-reads first): the deletion stands
        change(c -> c.replace(annotation));
    }

    /** Removes an annotation, placed or orphan; returns false when there was none with this id. */
    public boolean remove(String id) {
        if (find(id).isEmpty()) {
            return false;
        }
        change(c -> c.removeIf(a -> a.id().equals(id)));
        return true;
    }

    /** Puts a deleted orphan back (undo of its deletion). */
    public void restoreOrphan(Annotation annotation) {
        if (find(annotation.id()).isPresent()) {
            throw new IllegalStateException("annotation " + annotation.id() + " already exists");
        }
        change(c -> c.addOrphan(annotation));
    }

    public void addCorrection(EntityCorrection correction) {
        change(c -> c.addCorrection(correction));
    }

    /** Removes the latest correction equal to this one (undo of its addition). */
    public boolean removeCorrection(EntityCorrection correction) {
        if (!contents.hasCorrection(correction)) {
            return false;
        }
        change(c -> c.removeLatestCorrection(correction));
        return true;
    }

    /** Who said which quote, as the reader corrected it (apply with {@link SpeakerCorrector}). */
    public List<SpeakerCorrection> speakerCorrections() {
        return contents.speakerCorrections();
    }

    public void addSpeakerCorrection(SpeakerCorrection correction) {
        change(c -> c.addSpeakerCorrection(correction));
    }

    /** Removes the latest speaker correction equal to this one (undo of its addition). */
    public boolean removeSpeakerCorrection(SpeakerCorrection correction) {
        if (!contents.speakerCorrections().contains(correction)) {
            return false;
        }
        change(c -> c.removeLatestSpeakerCorrection(correction));
        return true;
    }

    /**
     * Adds annotations from elsewhere (an exported file), placing each in the current text the same way
     * as on opening; one with the id of an existing annotation replaces it. Unplaceable ones become orphans.
     */
    public ImportResult importAnnotations(List<Annotation> incoming) {
        int[] counts = new int[3];
        change(c -> {
            Set<String> ids = new HashSet<>();
            incoming.forEach(a -> ids.add(a.id()));
            Predicate<Annotation> replaced = x -> ids.contains(x.id());
            counts[1] = (int) c.all().stream().filter(replaced).count();
            counts[0] = ids.size() - counts[1];
            c.removeIf(replaced);
            counts[2] = c.place(incoming);
        });
        int exact = 0;
        int fuzzy = 0;
        for (Annotation a : incoming) {
            Anchoring.Method m = contents.anchoringOf(a.id()).orElse(null);
            if (m == Anchoring.Method.FUZZY) {
                fuzzy++;
            } else if (m == Anchoring.Method.POSITION || m == Anchoring.Method.QUOTE) {
                exact++;
            }
        }
        return new ImportResult(counts[0], counts[1], counts[2], exact, fuzzy, incoming.size() - exact - fuzzy - counts[2]);
    }

    /** Undo of an import: takes the imported ids out and puts back the versions they replaced, in one save. */
    void revertImport(List<String> importedIds, List<Annotation> replacedPlaced, List<Annotation> replacedOrphans) {
        change(c -> {
            c.removeIf(a -> importedIds.contains(a.id()));
            c.putBack(replacedPlaced, replacedOrphans);
        });
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Writes the current state (used after re-anchoring on open; every change saves by itself). */
    void save() throws IOException {
        writer.save();
    }

    void addNotice(String notice) {
        notices.add(notice);
    }

    /**
     * From now on a change is kept in memory at once and saved later: {@code queued} runs (on this thread) after each
     * change, and should have {@link #writeQueued()} run on a worker, its outcome handed back to {@link #settle}.
     */
    public void saveInBackground(Runnable queued) {
        behind = new WriteBehind(writer, contents, new PlacedAnnotations(article, notice -> { }));
        this.queued = queued;
    }

    /** Writes the changes queued so far, in order (on a worker; see {@link #saveInBackground}). */
    public SaveOutcome writeQueued() {
        slowCall.accept("AnnotationStore.writeQueued");
        return behind.writeQueued();
    }

    /** On this store's thread: takes in what a {@link #writeQueued()} did; returns why saves failed, if any did. */
    public List<String> settle(SaveOutcome outcome) {
        if (behind.settle(outcome)) {
            tellListeners();
        }
        return outcome.failures();
    }

    /** Writes what is still queued, here and now (when the window closes, so no change is lost); returns the failures. */
    public List<String> flush() {
        return behind == null ? List.of() : settle(behind.writeQueued());
    }

    /** Whether a change made here is not yet known to be on disk. */
    public boolean hasUnsavedChanges() {
        return behind != null && behind.unsettled();
    }

    /** Has {@code check} told of every call that touches the file (the window fails a test when that is on the FX thread). */
    void checkSlowCalls(Consumer<String> check) {
        this.slowCall = check;
    }

    /** One change, merged under the file's lock with what other writers saved (see {@link MergingWriter}), or queued. */
    private void change(Consumer<PlacedAnnotations> mutation) {
        if (behind == null) {
            slowCall.accept("AnnotationStore.save");
            writer.change(mutation, this::tellListeners);
            return;
        }
        mutation.accept(contents);
        behind.queue(mutation);
        tellListeners();
        queued.run();
    }

    private void tellListeners() {
        for (Listener l : listeners) {
            l.annotationsChanged(this);
        }
    }
}

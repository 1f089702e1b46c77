package org.newslens.annotation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.newslens.app.AtomicFiles;
import org.newslens.app.LockFile;
import org.newslens.article.Article;
import org.newslens.nlp.EntityAnalysis;

/**
 * The annotations and entity corrections of one article. Every change is written to disk at once
 * (atomically), so there is no Save. Placed annotations are in reading order; orphans (annotations that
 * could not be found in the current text) are kept and listed separately, and are saved with the rest.
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

    private static final Comparator<Annotation> READING_ORDER =
            Comparator.comparingInt(Annotation::start).thenComparingInt(Annotation::end).thenComparing(Annotation::id);

    private final Article article;
    private final Path file;
    private final WebAnnotationCodec codec;
    private final Clock clock;
    private final Anchorer anchorer = new Anchorer();
    private final List<Annotation> placed = new ArrayList<>();
    private final List<Annotation> orphans = new ArrayList<>();
    private final List<Annotation> articleNotes = new ArrayList<>();
    private final List<EntityCorrection> corrections = new ArrayList<>();
    private final Map<String, Anchoring.Method> anchoring = new HashMap<>();
    private final List<String> notices = new ArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final String blockedReason;
    private final StoreFile storeFile;

    AnnotationStore(Article article, Path file, WebAnnotationCodec codec, Clock clock, StoredAnnotations stored,
                    List<String> notices, String blockedReason, StoreFile storeFile) {
        this.storeFile = storeFile;
        this.article = article;
        this.file = file;
        this.codec = codec;
        this.clock = clock;
        this.blockedReason = blockedReason;
        this.notices.addAll(notices);
        if (stored != null) {
            load(stored);
        }
    }

    private void load(StoredAnnotations stored) {
        // the same text as when saved: what was not found exactly then was an orphan then; no new search
        placeAll(stored.annotations(), !article.contentHash().equals(stored.contentHash()));
        for (EntityCorrection c : stored.corrections()) {
            corrections.add(reanchor(c));
        }
        placed.sort(READING_ORDER);
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
        return List.copyOf(placed);
    }

    /** Annotations that could not be placed in the current text; kept, never dropped. */
    public List<Annotation> orphans() {
        return List.copyOf(orphans);
    }

    /** Notes on the whole article (imported page notes and replies): no place in the text, kept and exported. */
    public List<Annotation> articleNotes() {
        return List.copyOf(articleNotes);
    }

    public List<EntityCorrection> corrections() {
        return List.copyOf(corrections);
    }

    /** Messages for the user from opening the store: a corrupt file set aside, re-anchoring after edits. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** How each annotation was placed when the store was opened or the annotation imported. */
    public Optional<Anchoring.Method> anchoringOf(String id) {
        return Optional.ofNullable(anchoring.get(id));
    }

    public Optional<Annotation> find(String id) {
        return all().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public boolean isOrphan(String id) {
        return orphans.stream().anyMatch(a -> a.id().equals(id));
    }

    /** Placed annotations overlapping {@code [start, end)} (for "what is highlighted here?"). */
    public List<Annotation> annotationsOverlapping(int start, int end) {
        return placed.stream().filter(a -> a.start() < end && start < a.end()
                || a.start() == a.end() && a.start() == start).toList();
    }

    /** The recogniser's analysis with this article's corrections laid over it. */
    public EntityAnalysis corrected(EntityAnalysis recognised) {
        return new EntityCorrector().apply(recognised, article.text(), corrections);
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
        change(() -> {
            placed.add(annotation);
            placed.sort(READING_ORDER);
        });
    }

    /** Replaces the annotation with the same id (an edit of note, tags or colour), placed or orphan. */
    public void update(Annotation annotation) {
        if (find(annotation.id()).isEmpty()) {
            throw new IllegalStateException("no annotation " + annotation.id());
        }
        change(() -> {
            // deleted meanwhile by another writer (the merge re-reads first): the deletion stands
            if (replaceIn(placed, annotation) || replaceIn(orphans, annotation) || replaceIn(articleNotes, annotation)) {
                placed.sort(READING_ORDER);
            }
        });
    }

    /** Removes an annotation, placed or orphan; returns false when there was none with this id. */
    public boolean remove(String id) {
        if (find(id).isEmpty()) {
            return false;
        }
        change(() -> {
            placed.removeIf(a -> a.id().equals(id));
            orphans.removeIf(a -> a.id().equals(id));
            articleNotes.removeIf(a -> a.id().equals(id));
        });
        return true;
    }

    /** Puts a deleted orphan back (undo of its deletion). */
    public void restoreOrphan(Annotation annotation) {
        if (find(annotation.id()).isPresent()) {
            throw new IllegalStateException("annotation " + annotation.id() + " already exists");
        }
        change(() -> orphans.add(annotation));
    }

    public void addCorrection(EntityCorrection correction) {
        change(() -> corrections.add(correction));
    }

    /** Removes the latest correction equal to this one (undo of its addition). */
    public boolean removeCorrection(EntityCorrection correction) {
        if (!corrections.contains(correction)) {
            return false;
        }
        change(() -> {
            int i = corrections.lastIndexOf(correction);
            if (i >= 0) {
                corrections.remove(i);
            }
        });
        return true;
    }

    /**
     * Adds annotations from elsewhere (an exported file), placing each in the current text the same way
     * as on opening; one with the id of an existing annotation replaces it. Unplaceable ones become orphans.
     */
    public ImportResult importAnnotations(List<Annotation> incoming) {
        int[] counts = new int[3];
        change(() -> {
            java.util.Set<String> ids = new java.util.HashSet<>();
            incoming.forEach(a -> ids.add(a.id()));
            java.util.function.Predicate<Annotation> replaced = x -> ids.contains(x.id());
            counts[1] = (int) all().stream().filter(replaced).count();
            counts[0] = ids.size() - counts[1];
            placed.removeIf(replaced);
            orphans.removeIf(replaced);
            articleNotes.removeIf(replaced);
            counts[2] = placeAll(incoming, true);
            placed.sort(READING_ORDER);
        });
        int exact = 0;
        int fuzzy = 0;
        for (Annotation a : incoming) {
            Anchoring.Method m = anchoring.get(a.id());
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
        change(() -> {
            placed.removeIf(a -> importedIds.contains(a.id()));
            orphans.removeIf(a -> importedIds.contains(a.id()));
            articleNotes.removeIf(a -> importedIds.contains(a.id()));
            replacedPlaced.forEach(a -> (a.isArticleNote() ? articleNotes : placed).add(a));
            orphans.addAll(replacedOrphans);
            placed.sort(READING_ORDER);
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
        if (blockedReason != null) {
            throw new IOException(blockedReason);
        }
        ObjectNode collection = codec.collection("urn:newslens:annotations:" + article.contentHash(),
                "Annotations on " + article.title(), all());
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
        root.set("nl:entityCorrections", codec.correctionsToJson(corrections));
        AtomicFiles.write(file, codec.mapper().writeValueAsBytes(root));
    }

    void addNotice(String notice) {
        notices.add(notice);
    }

    private List<Annotation> all() {
        List<Annotation> all = new ArrayList<>(placed);
        all.addAll(orphans);
        all.addAll(articleNotes);
        return all;
    }

    /**
     * Places annotations in the current text: first everything found at its position or by its exact
     * quote; then the rest approximately, looking first where their nearest placed neighbour's shift
     * says they should be. Returns how many became orphans.
     */
    private int placeAll(List<Annotation> annotations, boolean searchApproximately) {
        String text = article.text();
        long budget = Anchorer.FUZZY_BUDGET_CELLS;
        int unsearched = 0;
        TreeMap<Integer, Integer> shifts = new TreeMap<>();
        List<Annotation> unplaced = new ArrayList<>();
        for (Annotation a : annotations) {
            if (a.isArticleNote()) {
                anchoring.remove(a.id());
                articleNotes.add(a);
                continue;
            }
            Anchoring where = anchorer.anchorExactly(a.position(), a.quote(), text);
            if (where != null && where.placed()) {
                put(a, where);
                shifts.put(a.start(), where.start() - a.start());
            } else {
                unplaced.add(a);
            }
        }
        int orphaned = 0;
        for (Annotation a : unplaced) {
            Map.Entry<Integer, Integer> before = shifts.floorEntry(a.start());
            Map.Entry<Integer, Integer> near = before != null ? before : shifts.ceilingEntry(a.start());
            int expected = a.start() + (near == null ? 0 : near.getValue());
            long cost = Anchorer.fuzzyCost(a.quote(), text);
            Anchoring where = Anchoring.orphan();
            if (searchApproximately && cost <= budget) {
                budget -= cost;
                where = anchorer.anchorApproximately(a.quote(), text, expected);
            } else if (searchApproximately) {
                unsearched++;
            }
            if (where.placed()) {
                put(a, where);
            } else {
                anchoring.put(a.id(), Anchoring.Method.ORPHAN);
                orphans.add(a);
                orphaned++;
            }
        }
        if (unsearched > 0) {
            notices.add(unsearched + " annotation(s) not found exactly were not searched for approximately (too many at once);"
                    + " they are kept as orphans");
        }
        return orphaned;
    }

    private void put(Annotation a, Anchoring where) {
        anchoring.put(a.id(), where.method());
        placed.add(where.method() == Anchoring.Method.POSITION ? a : a.anchoredAt(article.text(), where.start(), where.end()));
    }

    /** A one-mention correction whose words moved goes with them (nearest occurrence); else it stays as it was. */
    private EntityCorrection reanchor(EntityCorrection c) {
        String text = article.text();
        if (c.kind() == EntityCorrection.Kind.MERGE || c.start() < 0
                || (c.end() <= text.length() && text.startsWith(c.text(), c.start()))) {
            return c;
        }
        int best = -1;
        for (int i = text.indexOf(c.text()); i >= 0; i = text.indexOf(c.text(), i + 1)) {
            if (best < 0 || Math.abs(i - c.start()) < Math.abs(best - c.start())) {
                best = i;
            }
        }
        return best < 0 ? c : c.movedTo(best);
    }

    private static boolean replaceIn(List<Annotation> list, Annotation a) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(a.id())) {
                list.set(i, a);
                return true;
            }
        }
        return false;
    }

    /**
     * Applies one change under the store's lock to what is on disk now: another writer's adds, edits and
     * deletions since this store last read or wrote the file are read back first, so a change is merged into
     * the latest state by annotation id instead of saving over it.
     */
    private void change(Runnable mutation) {
        try (LockFile.Held lock = storeFile.lock()) {
            boolean merged = mergeFromDisk();
            try {
                applyAndSave(mutation);
            } catch (RuntimeException e) {
                if (merged) {
                    tellListeners();
                }
                throw e;
            }
        } catch (IOException e) {
            throw new AnnotationStorageException("Could not save annotations to " + file + ": " + e.getMessage(), e);
        }
        tellListeners();
    }

    private boolean mergeFromDisk() throws IOException {
        StoredAnnotations latest;
        try {
            latest = storeFile.changedSinceSeen();
        } catch (AnnotationFormatException e) {
            throw new IOException("another program changed it and it can no longer be read (" + e.getMessage() + ")", e);
        }
        if (latest == null) {
            return false;
        }
        lists().forEach(List::clear);
        anchoring.clear();
        load(latest);
        return true;
    }

    private void applyAndSave(Runnable mutation) {
        List<List<?>> before = lists().stream().<List<?>>map(ArrayList::new).toList();
        mutation.run();
        try {
            save();
            storeFile.markSeen();
        } catch (IOException e) {
            for (int i = 0; i < before.size(); i++) {
                restore(lists().get(i), before.get(i));
            }
            throw new AnnotationStorageException("Could not save annotations to " + file + ": " + e.getMessage(), e);
        }
    }

    private List<List<?>> lists() {
        return List.of(placed, orphans, articleNotes, corrections);
    }

    @SuppressWarnings("unchecked")
    private static <T> void restore(List<T> list, List<?> before) {
        list.clear();
        list.addAll((List<T>) before);
    }

    private void tellListeners() {
        for (Listener l : listeners) {
            l.annotationsChanged(this);
        }
    }
}

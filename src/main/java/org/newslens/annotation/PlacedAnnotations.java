package org.newslens.annotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.newslens.article.Article;

/**
 * What one article's store holds, placed in the article's current text: annotations in reading order,
 * orphans (not found in the text; kept, never dropped), notes on the whole article, entity corrections,
 * and how each annotation was placed.
 */
final class PlacedAnnotations {

    /** The lists as they were at one moment, to put back when a save fails. */
    static final class Snapshot {
        private final List<List<?>> lists;

        private Snapshot(List<List<?>> lists) {
            this.lists = lists;
        }
    }

    private static final Comparator<Annotation> READING_ORDER =
            Comparator.comparingInt(Annotation::start).thenComparingInt(Annotation::end).thenComparing(Annotation::id);

    private final Article article;
    private final Consumer<String> notices;
    private final Anchorer anchorer = new Anchorer();
    private final List<Annotation> placed = new ArrayList<>();
    private final List<Annotation> orphans = new ArrayList<>();
    private final List<Annotation> articleNotes = new ArrayList<>();
    private final List<EntityCorrection> corrections = new ArrayList<>();
    private final List<SpeakerCorrection> speakerCorrections = new ArrayList<>();
    private final Map<String, Anchoring.Method> anchoring = new HashMap<>();

    /** {@code notices} is told what the user should know about placing (e.g. a search skipped). */
    PlacedAnnotations(Article article, Consumer<String> notices) {
        this.article = article;
        this.notices = notices;
    }

    /** Replaces everything held with what a file holds, placed in the current text. */
    void load(StoredAnnotations stored) {
        lists().forEach(List::clear);
        anchoring.clear();
        // the same text as when saved: what was not found exactly then was an orphan then; no new search
        placeAll(stored.annotations(), !article.contentHash().equals(stored.contentHash()));
        for (EntityCorrection c : stored.corrections()) {
            corrections.add(reanchor(c));
        }
        for (SpeakerCorrection c : stored.speakerCorrections()) {
            int at = nearest(c.quote(), c.start());
            speakerCorrections.add(at < 0 || at == c.start() ? c : c.movedTo(at));
        }
        placed.sort(READING_ORDER);
    }

    List<Annotation> placed() {
        return List.copyOf(placed);
    }

    List<Annotation> orphans() {
        return List.copyOf(orphans);
    }

    List<Annotation> articleNotes() {
        return List.copyOf(articleNotes);
    }

    List<EntityCorrection> corrections() {
        return List.copyOf(corrections);
    }

    List<SpeakerCorrection> speakerCorrections() {
        return List.copyOf(speakerCorrections);
    }

    void addSpeakerCorrection(SpeakerCorrection correction) {
        speakerCorrections.add(correction);
    }

    /** Removes the latest speaker correction equal to this one, if any. */
    void removeLatestSpeakerCorrection(SpeakerCorrection correction) {
        removeLatest(speakerCorrections, correction);
    }

    /** Placed annotations, then orphans, then article notes (a new list). */
    List<Annotation> all() {
        List<Annotation> all = new ArrayList<>(placed);
        all.addAll(orphans);
        all.addAll(articleNotes);
        return all;
    }

    Optional<Anchoring.Method> anchoringOf(String id) {
        return Optional.ofNullable(anchoring.get(id));
    }

    Optional<Annotation> find(String id) {
        return all().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    boolean isOrphan(String id) {
        return orphans.stream().anyMatch(a -> a.id().equals(id));
    }

    List<Annotation> overlapping(int start, int end) {
        return placed.stream().filter(a -> a.start() < end && start < a.end()
                || a.start() == a.end() && a.start() == start).toList();
    }

    void addPlaced(Annotation annotation) {
        placed.add(annotation);
        placed.sort(READING_ORDER);
    }

    void addOrphan(Annotation annotation) {
        orphans.add(annotation);
    }

    /** Replaces the annotation with the same id wherever it is; nothing when there is none (deleted meanwhile). */
    void replace(Annotation annotation) {
        if (replaceIn(placed, annotation) || replaceIn(orphans, annotation) || replaceIn(articleNotes, annotation)) {
            placed.sort(READING_ORDER);
        }
    }

    /** Removes the matching annotations, placed, orphans and article notes. */
    void removeIf(Predicate<Annotation> which) {
        placed.removeIf(which);
        orphans.removeIf(which);
        articleNotes.removeIf(which);
    }

    /** Puts back annotations as they were before (placed ones and article notes, orphans) without placing them again. */
    void putBack(List<Annotation> placedOrNotes, List<Annotation> orphaned) {
        placedOrNotes.forEach(a -> (a.isArticleNote() ? articleNotes : placed).add(a));
        orphans.addAll(orphaned);
        placed.sort(READING_ORDER);
    }

    /** Places annotations from elsewhere in the current text, searching approximately; returns how many became orphans. */
    int place(List<Annotation> incoming) {
        int orphaned = placeAll(incoming, true);
        placed.sort(READING_ORDER);
        return orphaned;
    }

    boolean hasCorrection(EntityCorrection correction) {
        return corrections.contains(correction);
    }

    void addCorrection(EntityCorrection correction) {
        corrections.add(correction);
    }

    /** Removes the latest correction equal to this one, if any. */
    void removeLatestCorrection(EntityCorrection correction) {
        removeLatest(corrections, correction);
    }

    private static <T> void removeLatest(List<T> list, T item) {
        int i = list.lastIndexOf(item);
        if (i >= 0) {
            list.remove(i);
        }
    }

    Snapshot snapshot() {
        return new Snapshot(lists().stream().<List<?>>map(ArrayList::new).toList());
    }

    void restore(Snapshot before) {
        for (int i = 0; i < before.lists.size(); i++) {
            restore(lists().get(i), before.lists.get(i));
        }
    }

    private List<List<?>> lists() {
        return List.of(placed, orphans, articleNotes, corrections, speakerCorrections);
    }

    @SuppressWarnings("unchecked")
    private static <T> void restore(List<T> list, List<?> before) {
        list.clear();
        list.addAll((List<T>) before);
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
            notices.accept(unsearched + " annotation(s) not found exactly were not searched for approximately (too many at once);"
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
        int best = nearest(c.text(), c.start());
        return best < 0 ? c : c.movedTo(best);
    }

    /** The occurrence of {@code words} in the current text nearest {@code start}, or -1. */
    private int nearest(String words, int start) {
        String text = article.text();
        int best = -1;
        for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
            if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) {
                best = i;
            }
        }
        return best;
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
}

package org.newslens.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The entities of one text found a part at a time, so the window can show what each part adds while the rest is
 * read: {@link #step} does the next part and returns everything found so far; after the last part that is the text's
 * full result, exactly what {@link EntityRecogniser#recognise} gives. Used from one thread at a time (each step may
 * run on another worker); interrupting a step gives it up with a {@link java.util.concurrent.CancellationException}.
 */
public final class StagedRecognition {

    /** One part: does it and returns everything found so far. */
    @FunctionalInterface
    interface Stage {
        EntityAnalysis run(RecognitionProgress progress);
    }

    private record Part(int chars, Stage stage) {
    }

    private final List<Part> parts;
    private final long total;
    private long charsDone;
    private int next;
    private volatile EntityAnalysis latest;
    private Consumer<EntityAnalysis> whenDone = result -> { };

    private StagedRecognition(List<Part> parts, EntityAnalysis known) {
        this.parts = parts;
        this.total = parts.stream().mapToLong(Part::chars).sum();
        this.latest = known;
    }

    /** A result known already (from the cache): nothing left to do. */
    public static StagedRecognition finished(EntityAnalysis result) {
        return new StagedRecognition(List.of(), result);
    }

    /** The whole text in one step. */
    static StagedRecognition whole(int chars, Stage stage) {
        return new Builder().add(chars, stage).build();
    }

    static final class Builder {
        private final List<Part> parts = new ArrayList<>();

        Builder add(int chars, Stage stage) {
            parts.add(new Part(chars, stage));
            return this;
        }

        StagedRecognition build() {
            return new StagedRecognition(List.copyOf(parts), null);
        }
    }

    /** Runs {@code action} with the full result once the last part is done (the service stores it in the cache). */
    StagedRecognition whenDone(Consumer<EntityAnalysis> action) {
        this.whenDone = action;
        return this;
    }

    /**
     * Does the next part, reporting characters done out of the whole text, and returns everything found so far.
     *
     * @throws IllegalStateException when every part is done
     */
    public EntityAnalysis step(RecognitionProgress progress) {
        if (isDone()) {
            throw new IllegalStateException("Every part is recognised already");
        }
        Part part = parts.get(next);
        long before = charsDone;
        EntityAnalysis found = part.stage().run((done, all) -> progress.update(before + done * part.chars() / Math.max(1, all), total));
        charsDone += part.chars();
        next++;
        latest = found;
        progress.update(charsDone, total);
        if (isDone()) {
            whenDone.accept(found);
        }
        return found;
    }

    public boolean isDone() {
        return next == parts.size();
    }

    /** What the parts done so far found, or null before the first. */
    public EntityAnalysis latest() {
        return latest;
    }

    /** How far it has come, 0..1 (1 when done). */
    public double fraction() {
        return total == 0 ? 1 : (double) charsDone / total;
    }
}

package org.newslens.ui.annotations;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.newslens.annotation.EntityCorrection;
import org.newslens.article.Article;
import org.newslens.article.TextRange;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;
import org.newslens.ui.reader.ReaderViewModel;

/**
 * Entity corrections made in the reader: on a selection or on a recognised mention, mark as a category,
 * remove a false mention, split an alias off into its own entity, or join another entity, each for this
 * mention or for every identical one. Every correction is one undoable command (through
 * {@link AnnotationsViewModel#correct}); the entity view lays the corrections over recognition.
 */
public final class CorrectionsViewModel {
    /** How many entities "merge with" offers, most mentioned first. */
    static final int MERGE_CHOICES = 25;

    private final AnnotationsViewModel annotations;
    private final ReaderViewModel reader;
    private Supplier<EntityAnalysis> analysis = () -> null;

    public CorrectionsViewModel(AnnotationsViewModel annotations, ReaderViewModel reader) {
        this.annotations = annotations;
        this.reader = reader;
    }

    /** Where the current (corrected) entities come from; null from the supplier while none are known. */
    public void setAnalysisSource(Supplier<EntityAnalysis> source) {
        this.analysis = source == null ? () -> null : source;
    }

    private EntityAnalysis current() {
        EntityAnalysis a = analysis.get();
        return a == null ? EntityAnalysis.empty() : a;
    }

    /**
     * The correction target for a range: the mention it touches (for an empty range, the one at its offset),
     * else the selected text itself. Empty when there is nothing to correct.
     */
    public Optional<CorrectionTarget> targetFor(TextRange range) {
        Article article = reader.getArticle();
        if (article == null || range == null || !annotations.shown().readyProperty().get()) {
            return Optional.empty();
        }
        EntityAnalysis a = current();
        Optional<Mention> mention = mentionAt(a, range);
        if (mention.isPresent() && (range.isEmpty() || covers(range, mention.get()))) {
            Mention m = mention.get();
            Entity e = a.entities().stream().filter(x -> x.id().equals(m.entity())).findFirst().orElse(null);
            return Optional.of(new CorrectionTarget(m.start(), m.end(), m.text(), m, e, occurrences(article.text(), m.text())));
        }
        if (range.isEmpty()) {
            return Optional.empty();
        }
        String text = article.text().substring(range.start(), range.end());
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.contains("\n")) {
            return Optional.empty();
        }
        int start = range.start() + text.indexOf(trimmed);
        return Optional.of(new CorrectionTarget(start, start + trimmed.length(), trimmed, null, null,
                occurrences(article.text(), trimmed)));
    }

    /** A selection that is exactly a mention (give or take surrounding spaces) acts on that mention. */
    private static boolean covers(TextRange range, Mention m) {
        return range.start() <= m.start() && m.end() <= range.end() || range.start() >= m.start() && range.end() <= m.end();
    }

    private static Optional<Mention> mentionAt(EntityAnalysis a, TextRange range) {
        int start = range.start();
        int end = range.isEmpty() ? range.start() + 1 : range.end();
        return a.mentions().stream().filter(m -> m.overlaps(start, end)).findFirst();
    }

    /** Entities a mention can join: every other one, most mentioned first. */
    public List<Entity> mergeChoices(CorrectionTarget target) {
        String own = target.entity() == null ? null : target.entity().id();
        return current().entities().stream()
                .filter(e -> !e.id().equals(own))
                .sorted(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name))
                .limit(MERGE_CHOICES)
                .toList();
    }

    public boolean markAs(CorrectionTarget t, EntityLabel label, EntityCorrection.Scope scope) {
        return annotations.correct(EntityCorrection.mark(t.start(), t.end(), t.text(), label, scope));
    }

    public boolean remove(CorrectionTarget t, EntityCorrection.Scope scope) {
        return annotations.correct(EntityCorrection.remove(t.start(), t.end(), t.text(), scope));
    }

    public boolean split(CorrectionTarget t, EntityCorrection.Scope scope) {
        return annotations.correct(EntityCorrection.split(t.start(), t.end(), t.text(), scope));
    }

    /** The mention (or every identical one) becomes a mention of {@code into}. */
    public boolean assign(CorrectionTarget t, Entity into, EntityCorrection.Scope scope) {
        return annotations.correct(EntityCorrection.assign(t.start(), t.end(), t.text(), into.name(), scope));
    }

    /** Every mention of the target's entity joins {@code into}: one step. */
    public boolean mergeEntity(CorrectionTarget t, Entity into) {
        if (t.entity() == null) {
            return false;
        }
        return annotations.correct(EntityCorrection.merge(t.entity().name(), into.name()));
    }

    /** Whole-word occurrences of {@code phrase} in {@code text}. */
    static int occurrences(String text, String phrase) {
        int n = 0;
        for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
            int end = i + phrase.length();
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) || !Character.isLetterOrDigit(phrase.charAt(0));
            boolean wordEnd = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    || !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1));
            if (wordStart && wordEnd) {
                n++;
            }
        }
        return n;
    }
}

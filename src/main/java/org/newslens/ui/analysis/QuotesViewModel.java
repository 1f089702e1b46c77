package org.newslens.ui.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.analysis.ArticleAnalysis;
import org.newslens.analysis.Quote;
import org.newslens.annotation.AnnotationCommands;
import org.newslens.annotation.AnnotationStorageException;
import org.newslens.annotation.AnnotationStore;
import org.newslens.annotation.SpeakerCorrection;
import org.newslens.app.command.CommandHistory;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.ui.reader.Highlight;

/**
 * The Quotes pane: who said what, filtered by speaker; quotes marked in the text on their own layer; a quote's
 * speaker corrected as an undoable command stored with the annotations.
 */
public final class QuotesViewModel {
    public static final String LAYER = "quotes";
    /** Shown in the speaker filter for "no filter". */
    public static final String ALL = "All speakers";
    /** Who may be offered as a speaker, in this order. */
    private static final List<EntityLabel> SPEAKER_LABELS = List.of(EntityLabel.PERSON, EntityLabel.GROUP, EntityLabel.PLACE);

    private final ArticleAnalysisViewModel analysis;
    private final Supplier<Optional<AnnotationStore>> store;
    private final CommandHistory history;
    private final ObservableList<Quote> visible = FXCollections.observableArrayList();
    private final ObservableList<String> speakers = FXCollections.observableArrayList(ALL);
    private final StringProperty speaker = new SimpleStringProperty(ALL);

    /**
     * @param store   the open annotation store of the article on screen, where speaker corrections are kept
     * @param history the window's one undo history
     */
    public QuotesViewModel(ArticleAnalysisViewModel analysis, Supplier<Optional<AnnotationStore>> store, CommandHistory history) {
        this.analysis = analysis;
        this.store = store;
        this.history = history;
        analysis.resultProperty().addListener(obs -> rebuild());
        speaker.addListener(obs -> filter());
        rebuild();
    }

    public ArticleAnalysisViewModel analysis() {
        return analysis;
    }

    public ObservableList<Quote> quotes() {
        return FXCollections.unmodifiableObservableList(visible);
    }

    public ObservableList<String> speakers() {
        return FXCollections.unmodifiableObservableList(speakers);
    }

    /** The speaker whose quotes are listed, or {@link #ALL}. */
    public StringProperty speakerProperty() {
        return speaker;
    }

    /** The speaker's other quotes: one click from any of them. */
    public void showSpeaker(Quote q) {
        speaker.set(q.speaker() == null ? ALL : q.speaker().name());
    }

    /** Jumps to the quote in the text. */
    public void select(Quote q) {
        analysis.state().reader().select(q.start(), q.end());
    }

    /**
     * The speakers a quote can be given: the article's people, then its groups, then its places, each most
     * mentioned first (the reader may also type any name).
     */
    public List<String> speakerChoices() {
        EntityAnalysis entities = analysis.entities();
        if (entities == null) {
            return List.of();
        }
        return entities.entities().stream()
                .filter(e -> SPEAKER_LABELS.contains(e.label()))
                .sorted(Comparator.comparingInt((Entity e) -> SPEAKER_LABELS.indexOf(e.label()))
                        .thenComparing(Comparator.comparingInt(Entity::mentions).reversed())
                        .thenComparing(Entity::name))
                .map(Entity::name)
                .distinct()
                .toList();
    }

    /**
     * Says that {@code name} (an entity's name, or any words) said {@code q}: one undoable step, kept with the
     * article's annotations. Returns what the status bar should say.
     */
    public String changeSpeaker(Quote q, String name) {
        if (q == null || name == null || name.isBlank()) {
            return "Choose or type a speaker";
        }
        Optional<AnnotationStore> open = store.get();
        if (open.isEmpty()) {
            return "Annotations are not open yet";
        }
        SpeakerCorrection correction = new SpeakerCorrection(q.start(), q.end(), q.text(), name);
        try {
            history.execute(AnnotationCommands.correctSpeaker(open.get(), correction));
        } catch (AnnotationStorageException e) {
            return e.getMessage();
        }
        return correction.describe();
    }

    public static String speakerOf(Quote q) {
        if (q.speaker() == null) {
            return "Unknown speaker";
        }
        return q.speaker().unnamed() ? q.speaker().name() + " (unnamed)" : q.speaker().name();
    }

    /** "said · direct · ¶3", "told BBC · direct · ¶10". */
    public static String detailsOf(Quote q) {
        String cue = q.cue() == null ? "continued" : q.cue();
        if (q.addressee() != null) {
            cue += " " + q.addressee().name();
        }
        String kind = switch (q.kind()) {
            case DIRECT -> "direct";
            case PARTLY_DIRECT -> "partly direct";
            case REPORTED -> "reported";
        };
        return cue + " · " + kind + " · ¶" + q.paragraph();
    }

    private List<Quote> all() {
        ArticleAnalysis a = analysis.resultProperty().get();
        return a == null ? List.of() : a.quotes();
    }

    private void rebuild() {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<Highlight> marks = new ArrayList<>();
        for (Quote q : all()) {
            if (q.speaker() != null) {
                names.add(q.speaker().name());
            }
            marks.add(new Highlight(q.start(), q.end(), "quote-mark"));
        }
        List<String> list = new ArrayList<>();
        list.add(ALL);
        list.addAll(names);
        speakers.setAll(list);
        if (!list.contains(speaker.get())) {
            speaker.set(ALL);
        }
        analysis.state().reader().setLayer(LAYER, marks);
        filter();
    }

    private void filter() {
        String who = speaker.get();
        visible.setAll(all().stream()
                .filter(q -> who == null || ALL.equals(who) || q.speaker() != null && q.speaker().name().equals(who))
                .toList());
    }
}

package org.newslens.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.analysis.ArticleAnalysis;
import org.newslens.analysis.Quote;
import org.newslens.ui.reader.Highlight;

/** The Quotes pane: who said what, filtered by speaker; quotes marked in the text on their own layer. */
public final class QuotesViewModel {
    public static final String LAYER = "quotes";
    /** Shown in the speaker filter for "no filter". */
    public static final String ALL = "All speakers";

    private final ArticleAnalysisViewModel analysis;
    private final ObservableList<Quote> visible = FXCollections.observableArrayList();
    private final ObservableList<String> speakers = FXCollections.observableArrayList(ALL);
    private final StringProperty speaker = new SimpleStringProperty(ALL);

    public QuotesViewModel(ArticleAnalysisViewModel analysis) {
        this.analysis = analysis;
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

package org.newslens.ui.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableList;
import org.newslens.analysis.ArticleAnalysis;
import org.newslens.analysis.TimeExpression;
import org.newslens.article.Article;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.Mention;

/** The Timeline pane: the article's dates in time order, each with its sentence and the names in it. */
public final class TimelineViewModel {
    /** One line of the timeline. */
    public record Entry(TimeExpression time, String sentence, List<String> names) {
        public String when() {
            if (time.value() == null) {
                return time.text() + " (not placed)";
            }
            return time.kind() == TimeExpression.Kind.DURATION ? time.text() + " = " + time.value() + " (duration)" : time.value();
        }
    }

    private final ArticleAnalysisViewModel analysis;
    private final ObservableList<Entry> entries;

    public TimelineViewModel(ArticleAnalysisViewModel analysis) {
        this.analysis = analysis;
        this.entries = analysis.follow(this::entriesOf);
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    public ArticleAnalysisViewModel analysis() {
        return analysis;
    }

    public void select(Entry e) {
        analysis.state().reader().select(e.time().start(), e.time().end());
    }

    private List<Entry> entriesOf(ArticleAnalysis a) {
        Article article = analysis.state().article();
        EntityAnalysis names = analysis.entities();
        if (article == null) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        for (TimeExpression t : a.timeline()) {
            int s = Math.max(0, Math.min(t.sentenceStart(), article.text().length()));
            int e = Math.max(s, Math.min(t.sentenceEnd(), article.text().length()));
            Set<String> inSentence = new LinkedHashSet<>();
            if (names != null) {
                for (Mention m : names.mentions()) {
                    if (m.start() >= s && m.end() <= e && m.label().isName()) {
                        inSentence.add(m.text());
                    }
                }
            }
            out.add(new Entry(t, article.text().substring(s, e), List.copyOf(inSentence)));
        }
        return out;
    }
}

package org.newslens.ui.analysis;

import java.math.BigDecimal;
import java.util.List;
import javafx.collections.ObservableList;
import org.newslens.analysis.ArticleAnalysis;
import org.newslens.analysis.Figure;

/** The Figures pane: every figure with what it counts and its value; copied as a tab-separated table. */
public final class FiguresViewModel {
    private final ArticleAnalysisViewModel analysis;
    private final ObservableList<Figure> figures;

    public FiguresViewModel(ArticleAnalysisViewModel analysis) {
        this.analysis = analysis;
        this.figures = analysis.follow(ArticleAnalysis::figures);
    }

    public ArticleAnalysisViewModel analysis() {
        return analysis;
    }

    public ObservableList<Figure> figures() {
        return figures;
    }

    public void select(Figure f) {
        analysis.state().reader().select(f.start(), f.end());
    }

    /** "2,700,000", "≈ 50 %", "≥ 1,000,000,000 money", "548,000,000,000 USD". */
    public static String valueOf(Figure f) {
        if (f.value() == null) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(f.value()).setScale(f.value() % 1 == 0 ? 0 : 2, java.math.RoundingMode.HALF_UP);
        String number = String.format(java.util.Locale.ROOT, "%,." + d.scale() + "f", d);
        String relation = "=".equals(f.relation()) ? "" : f.relation() + " ";
        String unit = f.unit() == null ? "" : ("%".equals(f.unit()) ? " %" : " " + f.unit());
        return relation + number + unit;
    }

    /** The rows shown (in the order given), as a tab-separated table with a header, for the clipboard. */
    public String asTable(List<Figure> rows) {
        String text = analysis.state().article() == null ? "" : analysis.state().article().text();
        StringBuilder sb = new StringBuilder("Figure\tCounts\tValue\tApproximate\tSentence\n");
        for (Figure f : rows) {
            String sentence = f.sentenceEnd() <= text.length() && f.sentenceStart() <= f.sentenceEnd()
                    ? text.substring(f.sentenceStart(), f.sentenceEnd()) : "";
            sb.append(clean(f.text())).append('\t').append(f.counts() == null ? "" : clean(f.counts())).append('\t')
                    .append(valueOf(f)).append('\t').append(f.approximate() ? "yes" : "no").append('\t')
                    .append(clean(sentence)).append('\n');
        }
        return sb.toString();
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}

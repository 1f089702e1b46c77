package org.newslens.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import org.newslens.analysis.ArticleAnalysis;
import org.newslens.analysis.Figure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "figures",
        description = {"Print the FIGURE mentions of each FILE with what they count and their value: value (a number; "
                + "a share in %% for \"half\"), unit (%% or a currency code), relation (= exact, ≈ about, ≥ at least, ≤ at most).",
                "start/end are the mention's offsets, sentenceStart/sentenceEnd its sentence's, as in `entities`."})
public final class FiguresCommand implements Callable<Integer> {
    static final AnalysisTable<Figure> TABLE = new AnalysisTable<>("figures", ArticleAnalysis::figures, FigureJson::of,
            List.of("start", "end", "text", "counts", "value", "unit", "relation", "sentenceStart", "sentenceEnd"),
            f -> AnalysisTable.cells(f.start(), f.end(), f.text(), f.counts(), f.value() == null ? null : plain(f.value()).toPlainString(),
                    f.unit(), f.relation(), f.sentenceStart(), f.sentenceEnd()));

    @Mixin
    AnalysisOptions options;

    @Override
    public Integer call() throws Exception {
        return options.print(TABLE);
    }

    record FigureJson(int start, int end, String text, String counts, BigDecimal value, String unit, String relation,
                      boolean approximate, int sentenceStart, int sentenceEnd) {
        static FigureJson of(Figure f) {
            return new FigureJson(f.start(), f.end(), f.text(), f.counts(), f.value() == null ? null : plain(f.value()), f.unit(),
                    f.relation(), f.approximate(), f.sentenceStart(), f.sentenceEnd());
        }
    }

    /** 2700000 rather than 2.7E+6, 50 rather than 50.0. */
    private static BigDecimal plain(double v) {
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}

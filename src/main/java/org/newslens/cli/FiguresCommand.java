package org.newslens.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newslens.analysis.ArticleAnalysis;
import org.newslens.analysis.Figure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "figures",
        description = {"Print the FIGURE mentions of each FILE with what they count and their value: value (a number; "
                + "a share in % for \"half\"), unit (% or a currency code), relation (= exact, ≈ about, ≥ at least, ≤ at most).",
                "start/end are the mention's offsets, sentenceStart/sentenceEnd its sentence's, as in `entities`."})
public final class FiguresCommand implements Callable<Integer> {
    @Mixin
    AnalysisOptions options;

    @Override
    public Integer call() throws Exception {
        return options.print("figures", FiguresCommand::node, FiguresCommand::tsv);
    }

    private static void node(ArticleAnalysis a, ObjectNode root) {
        ArrayNode out = root.putArray("figures");
        for (Figure f : a.figures()) {
            ObjectNode n = out.addObject();
            n.put("start", f.start());
            n.put("end", f.end());
            n.put("text", f.text());
            n.put("counts", f.counts());
            if (f.value() == null) {
                n.putNull("value");
            } else {
                n.put("value", plain(f.value()));
            }
            n.put("unit", f.unit());
            n.put("relation", f.relation());
            n.put("approximate", f.approximate());
            n.put("sentenceStart", f.sentenceStart());
            n.put("sentenceEnd", f.sentenceEnd());
        }
    }

    private static BigDecimal plain(double v) {
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private static List<String> tsv(ArticleAnalysis a) {
        List<String> rows = new ArrayList<>();
        rows.add("start\tend\ttext\tcounts\tvalue\tunit\trelation\tsentenceStart\tsentenceEnd");
        for (Figure f : a.figures()) {
            rows.add(f.start() + "\t" + f.end() + "\t" + AnalysisOptions.clean(f.text()) + "\t" + (f.counts() == null ? "" : AnalysisOptions.clean(f.counts()))
                    + "\t" + (f.value() == null ? "" : plain(f.value()).toPlainString()) + "\t" + (f.unit() == null ? "" : f.unit())
                    + "\t" + f.relation() + "\t" + f.sentenceStart() + "\t" + f.sentenceEnd());
        }
        return rows;
    }
}

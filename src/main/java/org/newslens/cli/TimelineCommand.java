package org.newslens.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newslens.analysis.ArticleAnalysis;
import org.newslens.analysis.TimeExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "timeline",
        description = {"Print the DATE mentions of each FILE in time order, normalised against the article's date "
                + "(its metadata or a dateline): value (ISO 8601 day, month, year, range a/b or duration P…), kind, from, to.",
                "start/end are the mention's offsets, sentenceStart/sentenceEnd its sentence's, as in `entities`."})
public final class TimelineCommand implements Callable<Integer> {
    @Mixin
    AnalysisOptions options;

    @Override
    public Integer call() throws Exception {
        return options.print("timeline", TimelineCommand::node, TimelineCommand::tsv);
    }

    private static void node(ArticleAnalysis a, ObjectNode root) {
        ArrayNode out = root.putArray("timeline");
        for (TimeExpression t : a.timeline()) {
            ObjectNode n = out.addObject();
            n.put("start", t.start());
            n.put("end", t.end());
            n.put("text", t.text());
            n.put("value", t.value());
            n.put("kind", t.kind().name());
            n.put("from", t.from());
            n.put("to", t.to());
            n.put("sentenceStart", t.sentenceStart());
            n.put("sentenceEnd", t.sentenceEnd());
        }
    }

    private static List<String> tsv(ArticleAnalysis a) {
        List<String> rows = new ArrayList<>();
        rows.add("start\tend\ttext\tvalue\tkind\tfrom\tto\tsentenceStart\tsentenceEnd");
        for (TimeExpression t : a.timeline()) {
            rows.add(t.start() + "\t" + t.end() + "\t" + AnalysisOptions.clean(t.text()) + "\t" + (t.value() == null ? "" : t.value())
                    + "\t" + t.kind() + "\t" + (t.from() == null ? "" : t.from()) + "\t" + (t.to() == null ? "" : t.to())
                    + "\t" + t.sentenceStart() + "\t" + t.sentenceEnd());
        }
        return rows;
    }
}

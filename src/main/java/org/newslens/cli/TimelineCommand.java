package org.newslens.cli;

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
    /** The record itself is the JSON row: its components are the fields, in order. */
    static final AnalysisTable<TimeExpression> TABLE = new AnalysisTable<>("timeline", ArticleAnalysis::timeline, t -> t,
            List.of("start", "end", "text", "value", "kind", "from", "to", "sentenceStart", "sentenceEnd"),
            t -> AnalysisTable.cells(t.start(), t.end(), t.text(), t.value(), t.kind(), t.from(), t.to(), t.sentenceStart(), t.sentenceEnd()));

    @Mixin
    AnalysisOptions options;

    @Override
    public Integer call() throws Exception {
        return options.print(TABLE);
    }
}

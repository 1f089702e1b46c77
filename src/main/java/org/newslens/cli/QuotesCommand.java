package org.newslens.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.newslens.analysis.ArticleAnalysis;
import org.newslens.analysis.Quote;
import org.newslens.analysis.Speaker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "quotes",
        description = {"Print who is quoted saying what in each FILE: direct quotations and reported statements, "
                + "with speaker, cue (said, told, according to, …), addressee and kind (DIRECT, PARTLY_DIRECT, REPORTED).",
                "start/end are the statement's offsets (inside the quotation marks for a direct quote), speakerStart/"
                        + "speakerEnd those of the words naming the speaker, as in `entities`."})
public final class QuotesCommand implements Callable<Integer> {
    @Mixin
    AnalysisOptions options;

    @Override
    public Integer call() throws Exception {
        return options.print("quotes", this::node, QuotesCommand::tsv);
    }

    private void node(ArticleAnalysis a, ObjectNode root) {
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : a.quotes()) {
            ObjectNode n = quotes.addObject();
            n.put("start", q.start());
            n.put("end", q.end());
            n.put("text", q.text());
            n.put("kind", q.kind().name());
            n.put("paragraph", q.paragraph());
            n.put("cue", q.cue());
            if (q.cue() != null) {
                n.put("cueStart", q.cueStart());
                n.put("cueEnd", q.cueEnd());
            }
            speaker(n, "speaker", q.speaker());
            speaker(n, "addressee", q.addressee());
        }
    }

    private static void speaker(ObjectNode n, String field, Speaker s) {
        if (s == null) {
            n.putNull(field);
            return;
        }
        n.put(field, s.name());
        n.put(field + "Entity", s.entity());
        n.put(field + "Unnamed", s.unnamed());
        if (s.start() >= 0) {
            n.put(field + "Start", s.start());
            n.put(field + "End", s.end());
        }
    }

    static List<String> tsv(ArticleAnalysis a) {
        List<String> rows = new java.util.ArrayList<>();
        rows.add("start\tend\tkind\tparagraph\tspeaker\tspeakerEntity\tspeakerUnnamed\tspeakerStart\tspeakerEnd\tcue\taddressee\ttext");
        for (Quote q : a.quotes()) {
            Speaker s = q.speaker();
            rows.add(q.start() + "\t" + q.end() + "\t" + q.kind() + "\t" + q.paragraph() + "\t"
                    + (s == null ? "" : AnalysisOptions.clean(s.name())) + "\t" + (s == null || s.entity() == null ? "" : s.entity()) + "\t"
                    + (s != null && s.unnamed()) + "\t" + (s == null || s.start() < 0 ? "" : s.start()) + "\t"
                    + (s == null || s.start() < 0 ? "" : s.end()) + "\t" + (q.cue() == null ? "" : q.cue()) + "\t"
                    + (q.addressee() == null ? "" : AnalysisOptions.clean(q.addressee().name())) + "\t" + AnalysisOptions.clean(q.text()));
        }
        return rows;
    }
}

package org.newslens.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.concurrent.Callable;
import org.newslens.analysis.ArticleAnalysis;
import org.newslens.analysis.Quote;
import org.newslens.analysis.QuoteKind;
import org.newslens.analysis.Speaker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "quotes",
        description = {"Print who is quoted saying what in each FILE: direct quotations and reported statements, "
                + "with speaker, cue (said, told, according to, …), addressee and kind (DIRECT, PARTLY_DIRECT, REPORTED).",
                "start/end are the statement's offsets (inside the quotation marks for a direct quote), speakerStart/"
                        + "speakerEnd those of the words naming the speaker, as in `entities`."})
public final class QuotesCommand implements Callable<Integer> {
    static final AnalysisTable<Quote> TABLE = new AnalysisTable<>("quotes", ArticleAnalysis::quotes, QuoteJson::of,
            List.of("start", "end", "kind", "paragraph", "speaker", "speakerEntity", "speakerUnnamed", "speakerStart", "speakerEnd",
                    "cue", "addressee", "text"),
            QuotesCommand::tsvCells);

    @Mixin
    AnalysisOptions options;

    @Override
    public Integer call() throws Exception {
        return options.print(TABLE);
    }

    private static List<?> tsvCells(Quote q) {
        Speaker s = q.speaker();
        boolean placed = s != null && s.start() >= 0;
        return AnalysisTable.cells(q.start(), q.end(), q.kind(), q.paragraph(), s == null ? null : s.name(), s == null ? null : s.entity(),
                s != null && s.unnamed(), placed ? s.start() : null, placed ? s.end() : null, q.cue(),
                q.addressee() == null ? null : q.addressee().name(), q.text());
    }

    /** cueStart/cueEnd only with a cue; a speaker's (or addressee's) details only when there is one. */
    record QuoteJson(int start, int end, String text, QuoteKind kind, int paragraph, String cue,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Integer cueStart,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Integer cueEnd,
                     String speaker, @JsonUnwrapped(prefix = "speaker") SpeakerJson speakerDetails,
                     String addressee, @JsonUnwrapped(prefix = "addressee") SpeakerJson addresseeDetails) {
        static QuoteJson of(Quote q) {
            boolean cue = q.cue() != null;
            return new QuoteJson(q.start(), q.end(), q.text(), q.kind(), q.paragraph(), q.cue(), cue ? q.cueStart() : null,
                    cue ? q.cueEnd() : null, name(q.speaker()), SpeakerJson.of(q.speaker()), name(q.addressee()),
                    SpeakerJson.of(q.addressee()));
        }

        private static String name(Speaker s) {
            return s == null ? null : s.name();
        }
    }

    /** Written after a prefix ("speaker", "addressee"), hence the capitals. */
    record SpeakerJson(@JsonProperty("Entity") String entity, @JsonProperty("Unnamed") boolean unnamed,
                       @JsonProperty("Start") @JsonInclude(JsonInclude.Include.NON_NULL) Integer start,
                       @JsonProperty("End") @JsonInclude(JsonInclude.Include.NON_NULL) Integer end) {
        static SpeakerJson of(Speaker s) {
            if (s == null) {
                return null;
            }
            boolean placed = s.start() >= 0;
            return new SpeakerJson(s.entity(), s.unnamed(), placed ? s.start() : null, placed ? s.end() : null);
        }
    }
}

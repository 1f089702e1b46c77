package org.newslens.export;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newslens.analysis.ArticleAnalysis;
import org.newslens.analysis.Figure;
import org.newslens.analysis.Quote;
import org.newslens.analysis.TimeExpression;
import org.newslens.article.Article;

/**
 * Quotes, the timeline or the figures of an article as one table: CSV (RFC 4180, formula-like cells
 * neutralised as in every NewsLens CSV), a Markdown table, or JSON (the table's rows as objects).
 */
public final class AnalysisExporter {
    /** Which table. */
    public enum What { QUOTES, TIMELINE, FIGURES }

    private final ObjectMapper mapper;

    public AnalysisExporter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @param format csv, md or json */
    public String export(Article article, ArticleAnalysis analysis, What what, String format) {
        List<String> header = header(what);
        List<List<String>> rows = rows(article, analysis, what);
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> CsvTable.write(header, rows);
            case "md", "markdown" -> markdown(article, what, header, rows);
            case "json" -> json(article, analysis, what, header, rows);
            default -> throw new IllegalArgumentException("unknown format '" + format + "' (use csv, md or json)");
        };
    }

    static List<String> header(What what) {
        return switch (what) {
            case QUOTES -> List.of("speaker", "unnamed", "cue", "addressee", "kind", "paragraph", "text", "start", "end");
            case TIMELINE -> List.of("date", "kind", "from", "to", "text", "sentence", "start", "end");
            case FIGURES -> List.of("figure", "counts", "value", "unit", "relation", "sentence", "start", "end");
        };
    }

    static List<List<String>> rows(Article article, ArticleAnalysis a, What what) {
        String text = article.text();
        List<List<String>> rows = new ArrayList<>();
        switch (what) {
            case QUOTES -> {
                for (Quote q : a.quotes()) {
                    rows.add(List.of(q.speaker() == null ? "" : q.speaker().name(),
                            Boolean.toString(q.speaker() != null && q.speaker().unnamed()), nz(q.cue()),
                            q.addressee() == null ? "" : q.addressee().name(), q.kind().name().toLowerCase(Locale.ROOT),
                            Integer.toString(q.paragraph()), q.text(), Integer.toString(q.start()), Integer.toString(q.end())));
                }
            }
            case TIMELINE -> {
                for (TimeExpression t : a.timeline()) {
                    rows.add(List.of(nz(t.value()), t.kind().name().toLowerCase(Locale.ROOT), nz(t.from()), nz(t.to()), t.text(),
                            sentence(text, t.sentenceStart(), t.sentenceEnd()), Integer.toString(t.start()), Integer.toString(t.end())));
                }
            }
            case FIGURES -> {
                for (Figure f : a.figures()) {
                    rows.add(List.of(f.text(), nz(f.counts()), f.value() == null ? "" : number(f.value()), nz(f.unit()),
                            f.relation(), sentence(text, f.sentenceStart(), f.sentenceEnd()), Integer.toString(f.start()),
                            Integer.toString(f.end())));
                }
            }
            default -> throw new IllegalStateException(what.name());
        }
        return rows;
    }

    private String markdown(Article article, What what, List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(MarkdownText.inline(ExportText.title(article))).append(" — ")
                .append(what.name().toLowerCase(Locale.ROOT)).append("\n\n");
        int shown = header.size() - 2; // offsets stay out of the reading copy
        sb.append('|');
        for (int i = 0; i < shown; i++) {
            sb.append(' ').append(header.get(i)).append(" |");
        }
        sb.append("\n|").append(" --- |".repeat(shown)).append('\n');
        for (List<String> row : rows) {
            sb.append('|');
            for (int i = 0; i < shown; i++) {
                sb.append(' ').append(MarkdownText.inline(row.get(i))).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private String json(Article article, ArticleAnalysis analysis, What what, List<String> header, List<List<String>> rows) {
        List<Map<String, String>> objects = new ArrayList<>();
        for (List<String> row : rows) {
            Map<String, String> object = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                object.put(header.get(i), row.get(i));
            }
            objects.add(object);
        }
        try {
            return mapper.writeValueAsString(new TableJson(ExportText.title(article), ExportText.source(article),
                    analysis.articleDate(), what.name().toLowerCase(Locale.ROOT), objects)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON export: which article, then the rows (objects keyed by the header) under the table's name. */
    private record TableJson(String title, String source, String articleDate, @JsonIgnore String table,
                             @JsonIgnore List<Map<String, String>> rows) {
        @JsonAnyGetter
        Map<String, Object> tableRows() {
            return Map.of(table, rows);
        }
    }

    private static String sentence(String text, int start, int end) {
        return start >= 0 && end <= text.length() && start <= end ? text.substring(start, end) : "";
    }

    private static String number(double v) {
        return v % 1 == 0 && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

package org.newslens.cli;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newslens.analysis.ArticleAnalysis;

/**
 * One of the tables `quotes`, `timeline` and `figures` print: its name (the JSON field and the export's table),
 * how a row reads in JSON (a record bound by Jackson) and as a TSV line.
 *
 * @param <T> the analysis item a row stands for
 */
record AnalysisTable<T>(String name, Function<ArticleAnalysis, List<T>> items, Function<T, ?> json,
                        List<String> tsvHeader, Function<T, List<?>> tsvCells) {

    List<Object> jsonRows(ArticleAnalysis analysis) {
        return items.apply(analysis).stream().<Object>map(json).toList();
    }

    /** The TSV lines (header first); a null cell is empty, tabs and line breaks in text become spaces. */
    List<String> tsv(ArticleAnalysis analysis) {
        List<String> rows = new ArrayList<>();
        rows.add(String.join("\t", tsvHeader));
        for (T item : items.apply(analysis)) {
            rows.add(tsvCells.apply(item).stream().map(AnalysisTable::cell).collect(Collectors.joining("\t")));
        }
        return rows;
    }

    /** A row's cells, null standing for an empty cell (List.of refuses nulls). */
    static List<Object> cells(Object... cells) {
        return Stream.of(cells).toList();
    }

    private static String cell(Object value) {
        return value == null ? "" : AnalysisOptions.clean(value.toString());
    }

    /** One article's table in JSON: which article (and text) the offsets point into, then the rows under the table's name. */
    record ArticleJson(String file, String sha256, @JsonInclude(JsonInclude.Include.NON_NULL) String text,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String articleDate,
                       @JsonIgnore String table, @JsonIgnore List<Object> rows) {
        @JsonAnyGetter
        Map<String, Object> tableRows() {
            return Map.of(table, rows);
        }
    }
}

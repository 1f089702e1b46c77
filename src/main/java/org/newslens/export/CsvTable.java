package org.newslens.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV (CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled) written by
 * Jackson's CSV module, with every cell made safe for spreadsheets as OWASP recommends against formula
 * injection: a cell starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe,
 * so Excel, LibreOffice and Google Sheets show it as text instead of running it.
 */
public final class CsvTable {
    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private CsvTable() {
    }

    public static String write(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header.stream().map(CsvTable::neutralise).toList());
        rows.forEach(r -> all.add(r.stream().map(CsvTable::neutralise).toList()));
        try {
            return MAPPER.writer(SCHEMA).writeValueAsString(all);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** OWASP's advice for CSV injection: cells that a spreadsheet would read as a formula start with an apostrophe. */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}

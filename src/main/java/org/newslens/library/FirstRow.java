package org.newslens.library;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the first row of a names file is: a column header (skipped) or a name (watched). A names file is often a
 * spreadsheet column saved as CSV, whose first row names the column; Datashare's batch search would search for it.
 */
public enum FirstRow {
    /** Decided from the file: see {@link #guess}. */
    AUTO,
    HEADER,
    NAME;

    /** How a column of names, or of what goes with them, is headed in a spreadsheet (compared folded, any case). */
    private static final Set<String> COLUMN_WORDS = Set.of("name", "names", "full name", "fullname", "entity", "entities",
            "entity name", "query", "queries", "search", "search term", "search terms", "term", "terms", "keyword", "keywords",
            "person", "people", "persons", "organisation", "organization", "organisations", "organizations", "company",
            "alias", "aliases", "target", "targets", "subject", "label", "id", "type", "category", "notes", "note",
            "description", "comment", "comments", "country");
    private static final Pattern NUMBER = Pattern.compile("[-+]?[\\d.,\\s]*\\d[\\d.,\\s]*%?");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-.:#*]+");

    /** Whether the first of {@code rows} (each a row's cells, blank rows left out) is sure to be a header, a name, or {@code AUTO}: unsure. */
    static FirstRow guess(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return NAME;
        }
        // only the names' own column: another may hold "person" or "place" as its values
        if (COLUMN_WORDS.contains(folded(rows.get(0).get(0))) || numbersBelowAWord(rows)) {
            return HEADER;
        }
        return lowerCaseAboveCapitals(rows) ? AUTO : NAME;
    }

    private static String folded(String cell) {
        return SEPARATORS.matcher(cell.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** As Python's csv.Sniffer: a column whose cells below the first row are all numbers, headed by a word. */
    private static boolean numbersBelowAWord(List<List<String>> rows) {
        if (rows.size() < 3) {
            return false;
        }
        for (int column = 1; column < rows.get(0).size(); column++) {
            String head = rows.get(0).get(column).strip();
            if (head.isEmpty() || NUMBER.matcher(head).matches()) {
                continue;
            }
            final int c = column;
            if (rows.subList(1, rows.size()).stream().allMatch(r -> c < r.size() && NUMBER.matcher(r.get(c).strip()).matches())) {
                return true;
            }
        }
        return false;
    }

    /** A first row in lower case over names that are mostly capitalised: a header ("naam", "wer") or a name typed so. */
    private static boolean lowerCaseAboveCapitals(List<List<String>> rows) {
        String head = rows.get(0).get(0);
        if (rows.size() < 3 || head.codePoints().noneMatch(Character::isLetter) || head.codePoints().anyMatch(Character::isUpperCase)) {
            return false;
        }
        long capitalised = rows.subList(1, rows.size()).stream()
                .filter(r -> !r.isEmpty() && r.get(0).codePoints().anyMatch(Character::isUpperCase)).count();
        return capitalised * 3 >= (rows.size() - 1) * 2L;
    }
}

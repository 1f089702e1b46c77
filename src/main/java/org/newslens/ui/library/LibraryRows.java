package org.newslens.ui.library;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.newslens.index.EntitySummary;
import org.newslens.library.LibraryEntry;
import org.newslens.library.ReadingState;

/** Filters and orders the library's entries into the rows of the list, and words for where they are (pure: no JavaFX, no I/O). */
public final class LibraryRows {
    private static final int FOLDERS_SHOWN = 3;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final Comparator<LibraryEntry> BY_TITLE = Comparator.comparing(LibraryEntry::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(e -> String.valueOf(e.file()));

    private LibraryRows() {
    }

    static List<LibraryRow> of(List<LibraryEntry> entries, Map<String, ReadingState> states, LibraryFilter filter,
                               LibrarySort sort, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<LibraryRow.Item> items = new ArrayList<>();
        for (LibraryEntry e : entries) {
            ReadingState state = states.getOrDefault(e.contentHash(), ReadingState.UNREAD);
            if (filter.accepts(state) && (q.isEmpty() || matches(e, q))) {
                items.add(new LibraryRow.Item(e, state));
            }
        }
        items.sort(order(sort));
        if (sort != LibrarySort.DATE) {
            return List.copyOf(items);
        }
        List<LibraryRow> out = new ArrayList<>();
        YearMonth month = null;
        int headingAt = -1;
        for (LibraryRow.Item item : items) {
            LocalDate d = item.entry().date();
            YearMonth m = d == null ? null : YearMonth.from(d);
            if (headingAt < 0 || !Objects.equals(m, month)) {
                closeHeading(out, headingAt);
                month = m;
                headingAt = out.size();
                out.add(new LibraryRow.Heading(m == null ? "No date" : MONTH.format(m), 0));
            }
            out.add(item);
        }
        closeHeading(out, headingAt);
        return out;
    }

    /** Puts the number of rows under the heading at {@code at} into it. */
    private static void closeHeading(List<LibraryRow> out, int at) {
        if (at >= 0) {
            out.set(at, new LibraryRow.Heading(((LibraryRow.Heading) out.get(at)).text(), out.size() - at - 1));
        }
    }

    private static Comparator<LibraryRow.Item> order(LibrarySort sort) {
        Comparator<LibraryRow.Item> byTitle = Comparator.comparing(LibraryRow.Item::entry, BY_TITLE);
        return switch (sort) {
            case TITLE -> byTitle;
            case DATE -> Comparator.comparing((LibraryRow.Item i) -> i.entry().date(),
                    Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())).thenComparing(byTitle);
            case SOURCE -> Comparator.comparing((LibraryRow.Item i) -> i.entry().source().isEmpty() ? "\uffff" : i.entry().source(),
                    String.CASE_INSENSITIVE_ORDER).thenComparing(byTitle);
            case MENTIONS -> Comparator.comparingInt((LibraryRow.Item i) -> i.entry().mentions()).reversed().thenComparing(byTitle);
            case STATE -> Comparator.comparing(LibraryRow.Item::state).thenComparing(byTitle);
        };
    }

    /** The title, a top entity, the source or a file's path contains the (lower-cased) words typed. */
    private static boolean matches(LibraryEntry e, String q) {
        if (contains(e.title(), q) || contains(e.source(), q)) {
            return true;
        }
        for (EntitySummary s : e.topEntities()) {
            if (contains(s.name(), q)) {
                return true;
            }
        }
        for (Path f : e.files()) {
            if (contains(f.toString(), q)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String text, String q) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(q);
    }

    /**
     * The main names of a row ("Kandor · Maria Ortiz"); an article naming none says so in words that do not clash
     * with its mention count, which counts its figures and dates too.
     */
    static String namesLine(LibraryEntry entry) {
        List<String> names = LibraryViewModel.topNames(entry.topEntities());
        return names.isEmpty() ? "no people, places or groups" : String.join(" · ", names);
    }

    /** ○ unread, ◐ read, ● reviewed, with the word in the tooltip and the colour from the style class. */
    static String mark(ReadingState state) {
        return switch (state) {
            case UNREAD -> "○";
            case READ -> "◐";
            case REVIEWED -> "●";
        };
    }

    /** "news/valley.txt", or for copies "2 copies: news/, archive/2021/". */
    static String folders(LibraryEntry entry) {
        if (entry.files().isEmpty()) {
            return "not from a file";
        }
        if (entry.copies() == 1) {
            return shortPath(entry.file());
        }
        List<String> where = entry.files().stream().limit(FOLDERS_SHOWN).map(f -> shortFolder(f.getParent())).toList();
        String more = entry.copies() > FOLDERS_SHOWN ? ", …" : "";
        return entry.copies() + " copies: " + String.join(", ", where) + more;
    }

    /** A search result's file, and where its copies are: "news/valley.txt · also in archive/2020/, inbox/". */
    public static String whereText(Path file, List<Path> copies) {
        if (copies.isEmpty()) {
            return shortPath(file);
        }
        List<String> where = copies.stream().limit(FOLDERS_SHOWN).map(f -> shortFolder(f.getParent())).toList();
        return shortPath(file) + " · also in " + String.join(", ", where) + (copies.size() > FOLDERS_SHOWN ? ", …" : "");
    }

    private static String shortPath(Path file) {
        return shortFolder(file.getParent()) + file.getFileName();
    }

    /** The last two folders of a path: "2021/news/". */
    private static String shortFolder(Path folder) {
        if (folder == null) {
            return "";
        }
        int n = folder.getNameCount();
        Path tail = n >= 2 ? folder.subpath(n - 2, n) : folder.getFileName() == null ? folder : folder.getFileName();
        return tail.toString().replace('\\', '/') + "/";
    }
}

package org.newslens.library;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names of a watch list, as pasted (one per line) or imported from a file of names one per line, as Datashare's
 * batch search takes them (a {@code .csv} file: the first column of each row, so a quoted "Putin, Vladimir" stays one
 * name). Blank lines and repeats (any case) are dropped; the rest must be searchable words. A first row that heads the
 * column ("name", "Entity") is left out ({@link FirstRow}).
 */
public final class WatchNames {
    public static final int MAX_NAMES = 10_000;
    public static final int MAX_NAME_LENGTH = 200;
    public static final long MAX_FILE_BYTES = 1 << 20;

    private WatchNames() {
    }

    /** The names of pasted text, one per line. */
    public static List<String> parse(String pasted) {
        return clean(pasted.lines().toList(), "the pasted names");
    }

    /** The names in {@code file}, a header row left out when sure ({@link #read(Path, FirstRow)} with {@code AUTO}). */
    public static List<String> read(Path file) throws IOException {
        return read(file, FirstRow.AUTO).names();
    }

    /**
     * The names in {@code file} (UTF-8, or UTF-16/UTF-8 with a byte-order mark), its first row taken as {@code firstRow}
     * says; with {@code AUTO}, a row sure to be a column header is left out and {@link UnsureHeaderException} thrown when
     * it may be one.
     */
    public static NamesFile read(Path file, FirstRow firstRow) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new WatchInputException(file + " is over " + (MAX_FILE_BYTES >> 20) + " MB: a names file holds names, one per line");
        }
        String text = decode(file, Files.readAllBytes(file));
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<List<String>> rows = name.endsWith(".csv") ? rows(file, text)
                : text.lines().filter(l -> !l.isBlank()).map(List::of).toList();
        FirstRow first = firstRow == FirstRow.AUTO ? FirstRow.guess(rows) : firstRow;
        if (first == FirstRow.AUTO) {
            throw new UnsureHeaderException(file, rows.get(0).get(0).strip());
        }
        String header = first == FirstRow.HEADER && !rows.isEmpty() ? rows.get(0).get(0).strip() : null;
        List<String> names = rows.stream().skip(header == null ? 0 : 1).map(r -> r.isEmpty() ? "" : r.get(0)).toList();
        return new NamesFile(clean(names, file.toString()), header);
    }

    /** The names of a file, and its first row when it was left out as a column header (else null). */
    public record NamesFile(List<String> names, String header) {
    }

    /** The first row of a names file may be a column header or a name: the reader must say which. */
    public static final class UnsureHeaderException extends WatchInputException {
        private final String firstRow;

        UnsureHeaderException(Path file, String firstRow) {
            super("the first row \u201c" + firstRow + "\u201d of " + file + " may be a column header or a name");
            this.firstRow = firstRow;
        }

        public String firstRow() {
            return firstRow;
        }
    }

    private static String decode(Path file, byte[] bytes) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new WatchInputException(file + " is not " + charset.name() + " text: save it as UTF-8, one name per line");
        }
        if (text.indexOf('\0') >= 0) {
            throw new WatchInputException(file + " holds NUL characters, not text: save it as UTF-8, one name per line");
        }
        return text;
    }

    private static List<List<String>> rows(Path file, String text) throws IOException {
        CsvMapper csv = new CsvMapper();
        List<List<String>> names = new ArrayList<>();
        try (MappingIterator<String[]> rows = csv.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvParser.Feature.SKIP_EMPTY_LINES).readValues(text)) {
            while (rows.hasNextValue()) {
                String[] row = rows.nextValue();
                if (Arrays.stream(row).anyMatch(cell -> !cell.isBlank())) {
                    names.add(List.of(row));
                }
            }
        } catch (RuntimeException | IOException e) {
            throw new WatchInputException(file + " is not a CSV file of names: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return names;
    }

    /** The names stripped, inner spaces made one, blank ones and repeats dropped; refused when none or one is unusable. */
    static List<String> clean(List<String> raw, String where) {
        List<String> names = new ArrayList<>();
        Set<String> folded = new HashSet<>();
        for (String line : raw) {
            String name = line.strip().replaceAll("\\s+", " ");
            if (name.isEmpty() || !folded.add(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (name.length() > MAX_NAME_LENGTH) {
                throw new WatchInputException("a name in " + where + " is over " + MAX_NAME_LENGTH + " characters: "
                        + name.substring(0, 40) + "…");
            }
            if (name.codePoints().noneMatch(Character::isLetterOrDigit)) {
                throw new WatchInputException("\"" + name + "\" in " + where + " has no letters or digits to search for");
            }
            names.add(name);
            if (names.size() > MAX_NAMES) {
                throw new WatchInputException(where + " holds over " + MAX_NAMES + " names");
            }
        }
        if (names.isEmpty()) {
            throw new WatchInputException(where + " holds no names");
        }
        return List.copyOf(names);
    }

    /** The query-bar query for a name: the name as a phrase (quotes and backslashes escaped). */
    static String phrase(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

package org.newslens.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslens.article.ArticleLoadException;
import org.newslens.article.ArticleLoader;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.library.LibraryEntry;
import org.newslens.library.ReadingState;
import org.newslens.library.ReadingStates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "library",
        description = "The library (the articles indexed by `search`) with reading states: each text once (copies with the "
                + "same text listed together), unread, read or reviewed. States are kept by text (SHA-256) in the data folder, "
                + "shared with the window. Output is JSON.")
public final class LibraryCommand extends LibraryCommandGroup {
    LibraryCommand(LibraryData data) {
        super(data, "list or mark");
    }

    @Command(name = "list", description = "Every text of the library, by title: sha256, title, "
            + "state, date, source, mentions and its files.")
    int list(@Option(names = "--state", paramLabel = "STATE", description = "Only unread, read, reviewed, or left (unread and "
            + "read but not reviewed).") String state) {
        String wanted = state == null ? null : state.strip();
        if (wanted != null && !"left".equalsIgnoreCase(wanted) && ReadingState.byId(wanted) == null) {
            throw new BadInputException("unknown state " + state + ": use unread, read, reviewed or left");
        }
        List<LibraryEntry> all;
        try (LuceneArticleIndex index = openIndex()) {
            all = LibraryEntry.group(index.articles());
        }
        Map<String, ReadingState> states = states().snapshot();
        List<Entry> out = new ArrayList<>();
        for (LibraryEntry e : all) {
            ReadingState s = states.getOrDefault(e.contentHash(), ReadingState.UNREAD);
            if (wanted == null || ("left".equalsIgnoreCase(wanted) ? s.isLeft() : s == ReadingState.byId(wanted))) {
                out.add(Entry.of(e, s));
            }
        }
        return print(out);
    }

    @Command(name = "mark", description = "Marks the articles' texts unread, read or reviewed "
            + "(a copy of a file, with the same text, shares its state); prints each file's state before and after.")
    int mark(@Parameters(index = "0", paramLabel = "STATE", description = "unread, read or reviewed") String state,
             @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE") List<Path> files) {
        ReadingState to = ReadingState.byId(state);
        if (to == null) {
            throw new BadInputException("unknown state " + state + ": use unread, read or reviewed");
        }
        Map<String, Path> byHash = new LinkedHashMap<>();
        ArticleLoader loader = new ArticleLoader();
        for (Path f : files) {
            try {
                byHash.put(loader.load(f).contentHash(), f);
            } catch (ArticleLoadException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        DataFolder.require(data.home());
        Map<String, ReadingState> wanted = new LinkedHashMap<>();
        byHash.keySet().forEach(h -> wanted.put(h, to));
        Map<String, ReadingState> before;
        try {
            before = states().setAll(wanted);
        } catch (UncheckedIOException e) {
            throw new WriteFailedException(e.getMessage(), e.getCause());
        }
        return print(byHash.entrySet().stream().map(e -> new Marked(e.getValue().toString(), e.getKey(),
                before.get(e.getKey()).id(), to.id())).toList());
    }

    private ReadingStates states() {
        try {
            return ReadingStates.in(data.home());
        } catch (IOException e) {
            throw new WriteFailedException("cannot use the data folder " + data.home() + ": " + e.getMessage(), e);
        }
    }

    record Entry(String sha256, String title, String state, String date, String source, int mentions, List<String> files) {
        static Entry of(LibraryEntry e, ReadingState s) {
            return new Entry(e.contentHash(), e.title(), s.id(), e.date() == null ? null : e.date().toString(),
                    e.source().isEmpty() ? null : e.source(), e.mentions(), e.files().stream().map(Path::toString).toList());
        }
    }

    record Marked(String file, String sha256, String before, String state) {
    }
}

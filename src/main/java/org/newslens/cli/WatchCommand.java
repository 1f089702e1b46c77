package org.newslens.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.newslens.app.Errors;
import org.newslens.article.ArticleLoader;
import org.newslens.index.LibraryIndexer;
import org.newslens.index.LibraryReport;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.library.FirstRow;
import org.newslens.library.WatchInputException;
import org.newslens.library.WatchList;
import org.newslens.library.WatchMatch;
import org.newslens.library.WatchNames;
import org.newslens.library.WatchResult;
import org.newslens.library.WatchStore;
import org.newslens.library.Watcher;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "watch",
        description = "Watch lists: a saved query or list of names, run over " + LibraryBackedCommand.LIBRARY + ", remembering "
                + "which matching articles were seen, so that a run tells the new ones. Stored in the data folder "
                + "(watchlists.json). Output is JSON.")
public final class WatchCommand extends LibraryCommandGroup {
    WatchCommand(LibraryData data) {
        super(data, "add, list, run, seen, rename or remove");
    }

    /** One of the ways to give what a list watches. */
    static final class What {
        @Option(names = "--query", paramLabel = "QUERY", description = "A query in the query-bar syntax of `search`.")
        String query;

        @Option(names = "--name", paramLabel = "NAME", description = "A name to watch (each searched as a phrase); repeatable.")
        List<String> names;

        @Option(names = "--names-file", paramLabel = "FILE", description = "Names one per line, UTF-8 (a .csv file: the first "
                + "column of each row, as Datashare's batch search takes them).")
        Path namesFile;
    }

    @Command(name = "add", description = "Saves a watch list and runs it over the library now.")
    int add(@Parameters(paramLabel = "LIST", description = "The list's name.") String name,
            @ArgGroup(exclusive = true, multiplicity = "1") What what,
            @Option(names = "--from-now", description = "Count only articles added from now on: what matches today is marked seen.")
            boolean fromNow,
            @Option(names = "--first-row", paramLabel = "auto|header|name", defaultValue = "auto", converter = FirstRowConverter.class,
                    description = "What the first row of --names-file is: auto (default: a column header such as 'name' is "
                            + "left out, and said on stderr; refused when unsure), header or name.")
            FirstRow firstRow) {
        WatchList list = watched(name, what, firstRow);
        return withIndex(watcher -> {
            WatchResult result = watcher.run(list);
            WatchList saved = store(s -> s.add(fromNow ? seenAll(list, result) : list));
            return print(ListJson.of(fromNow ? watcher.run(saved) : result));
        });
    }

    @Command(name = "list", description = "Every watch list with its number of matches and of new matches.")
    int list() {
        List<WatchList> lists = store(WatchStore::lists);
        return withIndex(watcher -> {
            return print(lists.stream().map(l -> ListJson.of(watcher.run(l))).toList());
        });
    }

    @Command(name = "run", description = "Runs the watch lists (or one) over the library and prints their new matches: "
            + "file, sha256, title, date and the entries each matched.")
    int run(@Parameters(paramLabel = "LIST", arity = "0..1", description = "Only this list.") String name,
            @Option(names = "--add", paramLabel = "FOLDER", description = "First add the articles under FOLDER to the library.")
            Path folder,
            @Option(names = "--all", description = "Print every match, seen ones too (each with \"new\": true or false).")
            boolean all,
            @Option(names = "--mark-seen", description = "Then mark the printed matches seen: the next run tells only newer ones.")
            boolean markSeen) {
        List<WatchList> lists = name == null ? store(WatchStore::lists) : List.of(this.<WatchList>store(s -> s.get(name)));
        if (folder != null && !Files.isDirectory(folder)) {
            throw new BadInputException("not a folder: " + folder);
        }
        return withIndex((index, watcher) -> {
            if (folder != null) {
                addFolder(index, folder);
            }
            List<WatchResult> results = watcher.runAll(lists);
            print(results.stream().map(r -> RunJson.of(r, all)).toList());
            if (markSeen) {
                for (WatchResult r : results) {
                    store(s -> s.markSeen(r.list().name(), r.matches().stream().map(WatchMatch::contentHash).toList()));
                }
            }
            return NewsLensCommand.OK;
        });
    }

    @Command(name = "seen", description = "Marks every current match of a list seen.")
    int seen(@Parameters(paramLabel = "LIST") String name) {
        WatchList list = store(s -> s.get(name));
        return withIndex(watcher -> {
            WatchResult result = watcher.run(list);
            return print(ListJson.of(watcher.run(store(s -> s.markSeen(list.name(),
                    result.matches().stream().map(WatchMatch::contentHash).toList())))));
        });
    }

    @Command(name = "rename", description = "Renames a watch list.")
    int rename(@Parameters(paramLabel = "LIST") String name, @Parameters(paramLabel = "NEW-NAME") String newName) {
        WatchList renamed = store(s -> s.rename(name, newName));
        return print(new Renamed(name, renamed.name()));
    }

    @Command(name = "remove", description = "Deletes a watch list (the articles stay in the library).")
    int remove(@Parameters(paramLabel = "LIST") String name) {
        WatchList gone = store(s -> s.get(name));
        store(s -> {
            s.remove(name);
            return null;
        });
        return print(new Removed(gone.name()));
    }

    private WatchList watched(String name, What what, FirstRow firstRow) {
        try {
            if (what.query != null) {
                if (what.query.isBlank()) {
                    throw new BadInputException("--query is empty");
                }
                return WatchList.ofQuery(name, what.query, Instant.now());
            }
            List<String> names = what.names != null ? WatchNames.parse(String.join("\n", what.names)) : namesInFile(what.namesFile, firstRow);
            return WatchList.ofNames(name, names, Instant.now());
        } catch (WatchNames.UnsureHeaderException e) {
            throw new BadInputException(e.getMessage() + ": say --first-row header or --first-row name");
        } catch (WatchInputException e) {
            throw new BadInputException(e.getMessage());
        } catch (IOException e) {
            throw new BadInputException("cannot read " + what.namesFile + ": " + Messages.describe(e));
        }
    }

    private List<String> namesInFile(Path file, FirstRow firstRow) throws IOException {
        WatchNames.NamesFile read = WatchNames.read(file, firstRow);
        if (read.header() != null && firstRow == FirstRow.AUTO) {
            err().println("newslens: the first row '" + read.header() + "' of " + file
                    + " is taken for a column header and not watched (--first-row name watches it)");
        }
        return read.names();
    }

    /** auto, header or name, in any case. */
    static final class FirstRowConverter implements ITypeConverter<FirstRow> {
        @Override
        public FirstRow convert(String value) {
            try {
                return FirstRow.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not auto, header or name");
            }
        }
    }

    private static WatchList seenAll(WatchList list, WatchResult result) {
        return new WatchList(list.name(), list.query(), list.names(), list.created(),
                new TreeSet<>(result.matches().stream().map(WatchMatch::contentHash).toList()));
    }

    /** Adds the folder's articles to the library; what could not be read is said on stderr, one line each. */
    private void addFolder(LuceneArticleIndex index, Path folder) {
        LibraryReport report;
        try {
            report = new LibraryIndexer(index, new ArticleLoader(), data.entities()).addFolder(folder, (done, total, current) -> { }, () -> false);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + folder + ": " + Messages.describe(e));
        }
        report.problems().forEach(p -> err().println("newslens: " + p.message()));
    }

    /** A store action; bad input is exit 2, a file that cannot be read or written exit 1. */
    private <T> T store(StoreAction<T> action) {
        try {
            return action.apply(new WatchStore(DataFolder.require(data.home())));
        } catch (WatchInputException e) {
            throw new BadInputException(e.getMessage());
        } catch (IOException e) {
            throw new WriteFailedException(Errors.message(e), e);
        }
    }

    interface StoreAction<T> {
        T apply(WatchStore store) throws IOException;
    }

    private int withIndex(Function<Watcher, Integer> work) {
        return withIndex((index, watcher) -> work.apply(watcher));
    }

    private int withIndex(BiFunction<LuceneArticleIndex, Watcher, Integer> work) {
        try (LuceneArticleIndex index = openIndex()) {
            return work.apply(index, new Watcher(index));
        } catch (WatchInputException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    record ListJson(String name, String kind, List<String> entries, String created, int matches, int newMatches) {
        static ListJson of(WatchResult r) {
            WatchList l = r.list();
            return new ListJson(l.name(), l.kind(), l.entries(), l.created(), r.matches().size(), r.newCount());
        }
    }

    record RunJson(String name, int matches, int newMatches, List<MatchJson> articles) {
        static RunJson of(WatchResult r, boolean all) {
            return new RunJson(r.list().name(), r.matches().size(), r.newCount(),
                    (all ? r.matches() : r.newMatches()).stream().map(MatchJson::of).toList());
        }
    }

    record MatchJson(String file, String sha256, String title, String published, List<String> matched,
                     @JsonProperty("new") boolean isNew) {
        static MatchJson of(WatchMatch m) {
            return new MatchJson(m.file() == null ? null : m.file().toString(), m.contentHash(), m.title(),
                    m.published() == null ? null : m.published().toString(), m.matched(), m.isNew());
        }
    }

    record Renamed(String renamed, String to) {
    }

    record Removed(String removed) {
    }
}

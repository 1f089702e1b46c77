package org.newslens.index;

import java.nio.file.Path;
import java.util.List;

/**
 * What opening the index found wrong and did about it: {@code reason} in words, the folder the old index
 * was moved to ({@code setAside}, null when it was only built by another version and started afresh in
 * place) and the article files it held, which should be indexed again
 * ({@link LibraryIndexer#addFiles}).
 */
public record IndexRecovery(String reason, Path setAside, List<Path> files) {
    public IndexRecovery {
        files = List.copyOf(files);
    }

    /** One line for the reader, e.g. for the command line's stderr or the window's status bar. */
    public String describe(int reindexed) {
        String where = setAside == null ? "" : "; set aside as " + setAside;
        return "The search index was rebuilt because " + reason + where + "; " + reindexed + " of " + files.size()
                + " article" + (files.size() == 1 ? "" : "s") + " indexed again.";
    }
}

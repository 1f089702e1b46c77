package org.newslens.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.newslens.annotation.LibraryCorrection;
import org.newslens.index.ArticleIndex;
import org.newslens.index.LibraryIndexer;
import org.newslens.index.LibraryProgress;
import org.newslens.index.LibraryReport;

/**
 * What a library-wide correction (merge, rename, split) touches and how search catches up with it: the
 * articles naming the corrected entity are indexed again, their entities read through the corrections.
 */
public final class EntityEdits {
    private final ArticleIndex index;
    private final LibraryIndexer indexer;

    /** {@code indexer} must feed the index corrected entities (library-wide corrections included). */
    public EntityEdits(ArticleIndex index, LibraryIndexer indexer) {
        this.index = index;
        this.indexer = indexer;
    }

    /**
     * The files of the articles a correction changes, before or after it is made (a merged or renamed entity
     * keeps its old name as an alias, a split alias is an entity of its own: the same names find them).
     */
    public List<Path> affected(LibraryCorrection c) {
        List<String> names = c.kind() == LibraryCorrection.Kind.SPLIT ? List.of(c.entity(), c.other()) : List.of(c.entity());
        Set<Path> files = new LinkedHashSet<>();
        index.forEachArticleNaming(names, a -> {
            if (a.file() != null) {
                files.add(a.file());
            }
        });
        return new ArrayList<>(files);
    }

    /** Indexes {@code files} again (see {@link LibraryIndexer#addFiles}); commits. */
    public LibraryReport reindex(List<Path> files, LibraryProgress progress, BooleanSupplier cancelled) {
        return indexer.addFiles(files, progress, cancelled);
    }
}

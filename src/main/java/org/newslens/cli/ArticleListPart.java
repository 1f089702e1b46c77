package org.newslens.cli;

import org.newslens.library.EntityPage;
import org.newslens.library.EntityPages;
import picocli.CommandLine.Option;

/** Which part of an entity page's article list `entity` prints: all, or LIMIT of them from the OFFSET-th, newest first. */
final class ArticleListPart {
    @Option(names = "--limit", paramLabel = "N",
            description = "List at most N articles, newest first (default: all, oldest first).")
    Integer limit;

    @Option(names = "--offset", paramLabel = "K",
            description = "Skip the K newest articles (with --limit: the next part of the list; default 0).")
    Integer offset;

    /** Refuses a negative count, before any work is done. */
    void check() {
        if ((limit != null && limit < 0) || (offset != null && offset < 0)) {
            throw new BadInputException("entity: --limit and --offset take a number of articles, 0 or more");
        }
    }

    /** The page of the entity {@code name} with every article, or with the part asked for. */
    EntityPage page(EntityPages pages, String name) {
        return limit == null && offset == null ? pages.page(name)
                : pages.page(name, offset == null ? 0 : offset, limit == null ? Integer.MAX_VALUE : limit);
    }
}

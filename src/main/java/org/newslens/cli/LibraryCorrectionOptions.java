package org.newslens.cli;

import java.time.Instant;
import org.newslens.annotation.LibraryCorrection;
import org.newslens.library.EntityPages;
import picocli.CommandLine.Option;

/**
 * The library-wide correction `entity` is asked to make: --merge-into, --rename, --split or --undo, one at a time,
 * turned into a {@link LibraryCorrection} against the names the library knows.
 */
final class LibraryCorrectionOptions {
    @Option(names = "--merge-into", paramLabel = "OTHER",
            description = "Merge the entity into the entity OTHER everywhere in the library (OTHER's name stays).")
    String mergeInto;

    @Option(names = "--rename", paramLabel = "NEW", description = "Call the entity NEW everywhere (its old name stays an alias).")
    String rename;

    @Option(names = "--split", paramLabel = "ALIAS",
            description = "Split the mentions written ALIAS off the entity into an entity of their own, everywhere.")
    String split;

    @Option(names = "--undo", description = "Withdraw the latest library-wide correction (NAME is then the page to print).")
    boolean undo;

    /**
     * The correction asked of the entity {@code name}, or null (none, or --undo); more than one, or a correction of an
     * entity the library does not name, is bad input. Names are the library's (NAME may be an alias, in any case).
     */
    LibraryCorrection of(String name, EntityPages pages) {
        int asked = (mergeInto != null ? 1 : 0) + (rename != null ? 1 : 0) + (split != null ? 1 : 0) + (undo ? 1 : 0);
        if (asked > 1) {
            throw new BadInputException("entity takes one of --merge-into, --rename, --split and --undo at a time");
        }
        if (asked == 0 || undo) {
            return null;
        }
        String entity = pages.nameOf(name);
        if (entity == null) {
            throw new BadInputException("no entity in the library goes by \"" + name.strip() + "\"");
        }
        Instant now = Instant.now();
        try {
            if (mergeInto != null) {
                String into = pages.nameOf(mergeInto);
                if (into == null) {
                    throw new BadInputException("no entity in the library goes by \"" + mergeInto.strip() + "\" (use --rename to give a new name)");
                }
                return LibraryCorrection.merge(entity, into, now);
            }
            return rename != null ? LibraryCorrection.rename(entity, rename, now) : LibraryCorrection.split(entity, split, now);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("entity: " + e.getMessage());
        }
    }
}

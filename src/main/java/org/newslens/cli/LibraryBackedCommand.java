package org.newslens.cli;

import org.newslens.index.LuceneArticleIndex;
import picocli.CommandLine;

/**
 * What the commands over the library (the index in the data folder) share: the data folder and entities they
 * work with and opening the index.
 */
abstract class LibraryBackedCommand extends CliCommand {
    /** What the commands' help calls the library. */
    static final String LIBRARY = "the library (the articles indexed by `search`)";

    final LibraryData data;

    /** The command on {@code data}: the environment's ({@link Factory}) or a test's data folder. */
    LibraryBackedCommand(LibraryData data) {
        this.data = data;
    }

    /** The library's index: {@link LibraryData#openIndex}, its one line about repairs on stderr. */
    LuceneArticleIndex openIndex() {
        return data.openIndex(err());
    }

    /** Prints {@code value} as one line of JSON; the exit code of success. */
    int print(Object value) {
        CliJson.print(out(), value);
        return NewsLensCommand.OK;
    }

    /** Builds the commands as the CLI runs them: those over the library on the environment's data folder. */
    static final class Factory implements CommandLine.IFactory {
        private final CommandLine.IFactory standard = CommandLine.defaultFactory();

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (LibraryBackedCommand.class.isAssignableFrom(type)) {
                return type.getDeclaredConstructor(LibraryData.class).newInstance(LibraryData.fromEnvironment());
            }
            return standard.create(type);
        }
    }
}

package org.newslens.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that recognise entities in several files at once. */
final class Workers {
    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: one per core).")
    int threads;

    /** The threads asked for, else one per core. */
    int count() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}

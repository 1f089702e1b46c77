package org.newslens.cli;

/**
 * A command over the library that only groups its subcommands (`library`, `watch`): run alone, it says which it
 * needs. Its --help and --version come from the root command (inherited by every command).
 */
abstract class LibraryCommandGroup extends LibraryBackedCommand {
    private final String subcommands;

    /** @param subcommands the subcommands as the message lists them, e.g. "list or mark" */
    LibraryCommandGroup(LibraryData data, String subcommands) {
        super(data);
        this.subcommands = subcommands;
    }

    @Override
    public final Integer call() {
        throw new BadInputException(spec.name() + " needs a subcommand: " + subcommands + " (see " + spec.name() + " --help)");
    }
}

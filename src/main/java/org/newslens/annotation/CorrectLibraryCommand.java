package org.newslens.annotation;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.newslens.app.command.Command;

/** Records one library-wide entity correction (merge, rename, split); undo withdraws it. */
public final class CorrectLibraryCommand implements Command {
    private final LibraryCorrections store;
    private final LibraryCorrection correction;

    public CorrectLibraryCommand(LibraryCorrections store, LibraryCorrection correction) {
        this.store = store;
        this.correction = correction;
    }

    public LibraryCorrection correction() {
        return correction;
    }

    @Override
    public void execute() {
        save(() -> store.add(correction));
    }

    @Override
    public void undo() {
        save(() -> store.remove(correction));
    }

    private interface Change {
        void run() throws IOException;
    }

    private void save(Change change) {
        try {
            change.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save " + store.file() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String description() {
        return correction.describe();
    }
}

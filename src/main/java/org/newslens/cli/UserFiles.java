package org.newslens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import org.newslens.app.OutputFiles;

/** The commands' side of {@link OutputFiles}: a refusal is bad input (exit 2), a failed write exit 1. */
final class UserFiles {
    private UserFiles() {
    }

    static void check(Path target, Collection<Path> inputs, boolean force) {
        try {
            OutputFiles.check(target, inputs, force);
        } catch (OutputFiles.RefusedException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    static void write(Path target, String content, Collection<Path> inputs, boolean force) {
        try {
            OutputFiles.write(target, content, inputs, force);
        } catch (OutputFiles.RefusedException e) {
            throw new BadInputException(e.getMessage());
        } catch (IOException e) {
            throw new WriteFailedException("cannot write " + target + ": " + Messages.describe(e), e);
        }
    }
}

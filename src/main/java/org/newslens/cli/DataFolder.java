package org.newslens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newslens.app.AppHome;

/** The data directory as the commands need it: usable, or exit 2 with one line saying why. */
final class DataFolder {
    private DataFolder() {
    }

    /** The data directory of the environment, created if missing; refused (exit 2) when it cannot be used. */
    static AppHome require() {
        return require(AppHome.fromEnvironment());
    }

    static AppHome require(AppHome home) {
        Path root = home.root();
        String what = "the data folder " + root + " (set " + AppHome.ENV_VAR + " to use another)";
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new BadInputException(what + " is not a folder");
        }
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new BadInputException("cannot create " + what + ": " + Messages.describe(e));
        }
        if (!Files.isWritable(root) || !Files.isReadable(root) || !Files.isExecutable(root)) {
            throw new BadInputException(what + " is not writable");
        }
        return home;
    }
}

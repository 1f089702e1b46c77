package org.newslens.index;

import java.nio.file.Path;

/** Told before each file of a folder is looked at: {@code done} of {@code total} files finished so far. */
@FunctionalInterface
public interface LibraryProgress {
    void update(int done, int total, Path current);

    static LibraryProgress none() {
        return (done, total, current) -> {
        };
    }
}

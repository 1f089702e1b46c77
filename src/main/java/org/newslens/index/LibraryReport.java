package org.newslens.index;

import java.nio.file.Path;
import java.util.List;

/**
 * What adding a folder did. {@code problems} lists files that could not be read or analysed (they were
 * skipped, or indexed without entities, and everything else went on); {@code cancelled} is true when the
 * run stopped early, keeping what was indexed until then.
 */
public record LibraryReport(int files, int added, int replaced, int unchanged, List<Problem> problems, boolean cancelled) {
    public LibraryReport {
        problems = List.copyOf(problems);
    }

    /** One file that could not be (fully) indexed, with a message for the reader. */
    public record Problem(Path file, String message) {
    }
}

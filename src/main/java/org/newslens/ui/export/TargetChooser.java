package org.newslens.ui.export;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;
import org.newslens.export.ExportFormat;

/** Asks where to write an export: a native file chooser in the application, a fixed path in tests. */
@FunctionalInterface
public interface TargetChooser {
    Optional<Path> choose(Window owner, String suggestedName, ExportFormat format);
}

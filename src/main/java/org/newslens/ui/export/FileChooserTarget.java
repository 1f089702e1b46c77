package org.newslens.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.newslens.export.ExportFormat;

/** The platform's save dialog, starting in the folder used last. */
public final class FileChooserTarget implements TargetChooser {
    private File lastFolder;

    @Override
    public Optional<Path> choose(Window owner, String suggestedName, ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export to");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(format.displayName() + " (*." + format.extension() + ")", "*." + format.extension()),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File home = lastFolder != null ? lastFolder : new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}

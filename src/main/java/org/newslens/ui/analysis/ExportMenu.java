package org.newslens.ui.analysis;

import java.io.File;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import org.newslens.export.AnalysisExporter;

/** "Export ▾ CSV / Markdown / JSON" for one of the analysis panes; the file is written in the background. */
final class ExportMenu extends MenuButton {
    ExportMenu(ArticleAnalysisViewModel vm, AnalysisExporter.What what, Consumer<String> status) {
        super("Export");
        setId(what.name().toLowerCase(Locale.ROOT) + "-export");
        String[][] formats = {{"CSV", "csv"}, {"Markdown", "md"}, {"JSON", "json"}};
        for (String[] f : formats) {
            MenuItem item = new MenuItem(f[0] + "…");
            item.setOnAction(e -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Export " + what.name().toLowerCase(Locale.ROOT));
                chooser.setInitialFileName(what.name().toLowerCase(Locale.ROOT) + "." + f[1]);
                File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
                if (file != null) {
                    vm.export(what, f[1], file.toPath(), status);
                }
            });
            getItems().add(item);
        }
    }
}

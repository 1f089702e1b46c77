package org.newslens.ui.export;

import java.util.Objects;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.scene.control.SeparatorMenuItem;
import org.newslens.ui.action.Action;
import org.newslens.ui.action.ActionControls;
import org.newslens.ui.main.MainView;

/** File ▸ Export…: opens the {@link ExportDialog}; where to write is asked through a replaceable {@link TargetChooser}. */
public final class ExportFeature {
    private final MainView main;
    private final ExportViewModel vm;
    private final String stylesheet;
    private TargetChooser chooser = new FileChooserTarget();
    private ExportDialog dialog;

    public ExportFeature(MainView main, ExportViewModel vm, String stylesheet) {
        this.main = main;
        this.vm = vm;
        this.stylesheet = stylesheet;
        MenuItem export = ActionControls.menuItem(main.actions().register(
                Action.of("export", "File", "_Export…", this::open).withShortcut("Shortcut+E")));
        int at = main.fileMenu().getItems().size();
        for (int i = 0; i < main.fileMenu().getItems().size(); i++) {
            if (main.fileMenu().getItems().get(i) instanceof SeparatorMenuItem) {
                at = i;
                break;
            }
        }
        MenuItem importItem = ActionControls.menuItem(main.actions().register(
                Action.of("import-annotations", "File", "_Import Annotations…", this::chooseImport)));
        main.fileMenu().getItems().addAll(at, java.util.List.of(new SeparatorMenuItem(), export, importItem));
        vm.importer().reportProperty().addListener((obs, old, lines) -> showReport(lines));
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import Annotations");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("W3C or Hypothesis JSON (*.json, *.jsonld)", "*.json", "*.jsonld"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        java.io.File file = chooser.showOpenDialog(main.getScene() == null ? null : main.getScene().getWindow());
        if (file != null) {
            vm.importer().importFile(file.toPath());
        }
    }

    /** The same summary `annotate FILE import` prints: the first line as the header, the rest below. */
    private void showReport(java.util.List<String> lines) {
        if (lines == null || lines.isEmpty()) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Import Annotations");
        alert.setHeaderText(lines.get(0));
        TextArea details = new TextArea(String.join("\n", lines.subList(1, lines.size())));
        details.setId("import-report");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(Math.min(12, Math.max(2, lines.size())));
        alert.getDialogPane().setContent(lines.size() > 1 ? details : null);
        alert.initOwner(main.getScene() == null ? null : main.getScene().getWindow());
        alert.getDialogPane().getStylesheets().add(stylesheet);
        alert.show();
    }

    public ExportViewModel viewModel() {
        return vm;
    }

    /** Replaces the native save dialog (tests write to a temporary folder). */
    public void setTargetChooser(TargetChooser chooser) {
        this.chooser = Objects.requireNonNull(chooser);
    }

    /** Shows the export dialog (one at a time; made afresh so it follows the current theme). */
    public ExportDialog open() {
        if (dialog == null || !dialog.isShowing()) {
            dialog = new ExportDialog(main.getScene() == null ? null : main.getScene().getWindow(), vm,
                    (owner, name, format) -> chooser.choose(owner, name, format), stylesheet);
            dialog.open();
        }
        return dialog;
    }
}

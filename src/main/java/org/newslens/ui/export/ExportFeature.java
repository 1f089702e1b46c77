package org.newslens.ui.export;

import java.util.Objects;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
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
        MenuItem export = new MenuItem("_Export…");
        export.setId("menu-export");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(e -> open());
        int at = main.fileMenu().getItems().size();
        for (int i = 0; i < main.fileMenu().getItems().size(); i++) {
            if (main.fileMenu().getItems().get(i) instanceof SeparatorMenuItem) {
                at = i;
                break;
            }
        }
        main.fileMenu().getItems().addAll(at, java.util.List.of(new SeparatorMenuItem(), export));
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

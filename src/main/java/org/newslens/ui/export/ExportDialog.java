package org.newslens.ui.export;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.newslens.annotation.HighlightColour;
import org.newslens.export.ExportFormat;
import org.newslens.ui.annotations.AnnotationsViewModel;
import org.newslens.ui.controls.ItemCell;
import org.newslens.ui.controls.Labels;

/**
 * The File ▸ Export… dialog: what, in which format, then Export… asks where (through the injected
 * {@link TargetChooser}) and writes. It stays open to show what was written and what the format could
 * not hold, or the error.
 */
public final class ExportDialog extends Dialog<Void> {
    static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);

    private final ExportViewModel vm;
    private final TargetChooser chooser;
    private final VBox result = new VBox(4);

    public ExportDialog(Window owner, ExportViewModel vm, TargetChooser chooser, String stylesheet) {
        this.vm = vm;
        this.chooser = chooser;
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.WINDOW_MODAL);
        setTitle("Export");
        setResizable(true);
        getDialogPane().setId("export-dialog");
        getDialogPane().getStyleClass().add("newslens-dialog");
        if (owner != null && owner.getScene() != null) {
            // the window's theme class, so highlight swatches use the same palette as the reader
            owner.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("theme-"))
                    .forEach(getDialogPane().getStyleClass()::add);
        }
        if (stylesheet != null) {
            getDialogPane().getStylesheets().add(stylesheet);
        }

        ToggleGroup what = new ToggleGroup();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        javafx.scene.layout.ColumnConstraints inputs = new javafx.scene.layout.ColumnConstraints();
        inputs.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        inputs.setFillWidth(true);
        javafx.scene.layout.ColumnConstraints choices = new javafx.scene.layout.ColumnConstraints();
        choices.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(choices, inputs);
        int row = 0;
        Label whatLabel = new Label("Export");
        whatLabel.getStyleClass().add(Styles.TEXT_BOLD);
        grid.add(whatLabel, 0, row++, 2, 1);
        for (ExportChoice c : ExportChoice.values()) {
            RadioButton r = new RadioButton(c.label());
            r.setId("export-what-" + c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            r.setUserData(c);
            r.setToggleGroup(what);
            r.setSelected(vm.choiceProperty().get() == c);
            grid.add(r, 0, row);
            Node input = inputFor(c);
            if (input instanceof Region region) {
                region.setMaxWidth(Double.MAX_VALUE);
            }
            if (input != null) {
                input.disableProperty().bind(r.selectedProperty().not());
                grid.add(input, 1, row);
            }
            row++;
        }
        what.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                vm.choiceProperty().set((ExportChoice) now.getUserData());
            }
        });

        Label formatLabel = new Label("Format");
        formatLabel.getStyleClass().add(Styles.TEXT_BOLD);
        ComboBox<ExportFormat> format = new ComboBox<>(vm.formats());
        format.setId("export-format");
        format.setCellFactory(v -> formatCell());
        format.setButtonCell(formatCell());
        format.valueProperty().bindBidirectional(vm.formatProperty());
        grid.add(formatLabel, 0, row++, 2, 1);
        grid.add(format, 0, row++, 2, 1);

        Label problem = Labels.wrapping("export-problem", vm.problemProperty(), Styles.TEXT_MUTED);
        problem.setMinHeight(Region.USE_PREF_SIZE);

        result.setId("export-result");
        javafx.beans.value.ChangeListener<ExportOutcome> outcomes = (obs, old, outcome) -> showOutcome(outcome);
        vm.outcomeProperty().addListener(outcomes);
        setOnHidden(e -> vm.outcomeProperty().removeListener(outcomes));
        Label working = new Label("Exporting…");
        working.visibleProperty().bind(vm.exportingProperty());
        working.managedProperty().bind(working.visibleProperty());

        VBox content = new VBox(10, grid, problem, working, result);
        content.setPadding(new Insets(8, 8, 0, 8));
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CLOSE);
        Button export = (Button) getDialogPane().lookupButton(EXPORT);
        export.setId("export-run");
        export.disableProperty().bind(vm.canExportProperty().not());
        export.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            runExport();
        });
        getDialogPane().lookupButton(ButtonType.CLOSE).setId("export-close");
        setResultConverter(b -> null);
    }

    private Node inputFor(ExportChoice c) {
        return switch (c) {
            case COLOUR -> {
                ComboBox<HighlightColour> colour = new ComboBox<>();
                colour.getItems().setAll(HighlightColour.values());
                colour.setId("export-colour");
                colour.valueProperty().bindBidirectional(vm.colourProperty());
                colour.setCellFactory(v -> colourCell());
                colour.setButtonCell(colourCell());
                yield colour;
            }
            case TAG -> typedChoice("export-tag", vm.tags(), "tag", vm.tagProperty());
            case ENTITY -> typedChoice("export-entity", vm.entityNames(), "entity name", vm.entityProperty());
            case QUERY -> {
                TextField query = new TextField();
                query.setId("export-query");
                query.setPromptText("\"peace talks\" or person:Kade");
                query.setTooltip(new javafx.scene.control.Tooltip("A search, as in the search bar: words, \"a phrase\", person:Kade"));
                query.setPrefColumnCount(22);
                query.textProperty().bindBidirectional(vm.queryProperty());
                yield query;
            }
            default -> null;
        };
    }

    private void runExport() {
        Window owner = getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
        chooser.choose(owner, vm.suggestedFileName(), vm.formatProperty().get()).ifPresent(vm::export);
    }

    private void showOutcome(ExportOutcome outcome) {
        result.getChildren().clear();
        if (outcome == null) {
            return;
        }
        if (!outcome.succeeded()) {
            Label error = new Label(outcome.error());
            error.setId("export-error");
            error.setWrapText(true);
            error.setMinHeight(Region.USE_PREF_SIZE);
            error.getStyleClass().add(Styles.DANGER);
            result.getChildren().add(error);
        } else {
            Label done = new Label("Wrote " + outcome.summary() + " to " + outcome.file());
            done.setId("export-done");
            done.setWrapText(true);
            done.setMinHeight(Region.USE_PREF_SIZE);
            done.getStyleClass().add(Styles.SUCCESS);
            result.getChildren().add(done);
            for (String w : outcome.warnings()) {
                Label warning = new Label("• " + w);
                warning.getStyleClass().addAll(Styles.WARNING, "export-warning");
                warning.setId("export-warning");
                warning.setWrapText(true);
                warning.setMinHeight(Region.USE_PREF_SIZE);
                result.getChildren().add(warning);
            }
        }
        Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }

    private static ItemCell<HighlightColour> colourCell() {
        return ItemCell.labelled(AnnotationsViewModel::label, c -> {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("annotation-swatch", AnnotationsViewModel.styleClass(c));
            return swatch;
        });
    }

    private static ItemCell<ExportFormat> formatCell() {
        return ItemCell.labelled(f -> f.displayName() + " (." + f.extension() + ")", f -> null);
    }

    /** An editable choice among {@code items}, typed or picked, bound to {@code value}. */
    private static ComboBox<String> typedChoice(String id, ObservableList<String> items, String prompt, Property<String> value) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setEditable(true);
        box.setPromptText(prompt);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** Opens the dialog without waiting (it stays open to report the outcome). */
    public void open() {
        vm.prepare();
        show();
    }
}

package org.newslens.ui.analysis;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newslens.analysis.Figure;

/** Layout of the Figures pane: a sortable table (click a row to jump); "Copy as table" puts the rows shown on the clipboard. */
public final class FiguresView extends VBox {
    public FiguresView(FiguresViewModel vm, java.util.function.Consumer<String> status) {
        setId("figures-pane");
        setSpacing(6);
        setPadding(new Insets(8));
        TableView<Figure> table = new TableView<>();
        table.setId("figures-table");
        table.setPlaceholder(new Label("No figures in this article."));
        javafx.collections.transformation.SortedList<Figure> sorted = new javafx.collections.transformation.SortedList<>(vm.figures());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<Figure, String> figure = new TableColumn<>("Figure");
        figure.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        TableColumn<Figure, String> counts = new TableColumn<>("Counts");
        counts.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().counts() == null ? "" : c.getValue().counts()));
        TableColumn<Figure, Double> value = new TableColumn<>("Value");
        value.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().value()));
        value.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                Figure f = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(f == null ? null : FiguresViewModel.valueOf(f));
            }
        });
        TableColumn<Figure, String> approx = new TableColumn<>("≈");
        approx.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().approximate() ? c.getValue().relation() : ""));
        table.getColumns().add(figure);
        table.getColumns().add(counts);
        table.getColumns().add(value);
        table.getColumns().add(approx);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, f) -> {
            if (f != null) {
                vm.select(f);
            }
        });
        Button copy = new Button("Copy as table");
        copy.setId("figures-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.asTable(table.getItems()));
            Clipboard.getSystemClipboard().setContent(content);
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(table, new javafx.scene.layout.HBox(6, copy, new ExportMenu(vm.analysis(), org.newslens.export.AnalysisExporter.What.FIGURES, status)));
    }
}

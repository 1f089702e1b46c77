package org.newslens.ui.graph;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newslens.library.CooccurrenceGraph;
import org.newslens.library.CooccurrenceGraphs;
import org.newslens.library.GraphWriter;
import org.newslens.nlp.EntityLabel;
import org.newslens.ui.controls.ItemCell;
import org.newslens.ui.controls.Labels;
import org.newslens.ui.controls.Lists;
import org.newslens.ui.entities.CategoryStyle;

/**
 * The "Who Appears with Whom" window (layout only): the filters and export above, the graph, and under it the
 * sentences of the link picked, each opening its article there.
 */
public final class GraphWindow extends Stage {
    private final GraphViewModel vm;
    private final GraphCanvas canvas = new GraphCanvas();
    private BiFunction<Window, GraphWriter.Format, Path> chooser = GraphWindow::chooseTarget;

    /**
     * @param stylesheets the main window's (theme colours, category swatches)
     * @param dark        whether the dark theme is on
     * @param onNode      what double-clicking a node does (its entity page), or null
     */
    public GraphWindow(Window owner, GraphViewModel vm, ObservableList<String> stylesheets, ObservableBooleanValue dark,
                       java.util.function.Consumer<CooccurrenceGraph.Node> onNode) {
        this.vm = vm;
        initOwner(owner);
        setTitle("Who Appears with Whom — " + vm.title());
        canvas.setId("graph-canvas");
        canvas.setOnLink(vm::selectLink);
        if (onNode != null) {
            canvas.setOnNode(onNode);
        }
        vm.visibleProperty().addListener((obs, old, g) -> canvas.show(g, 42));
        vm.linkProperty().addListener((obs, old, link) -> canvas.setPicked(link));
        canvas.setMinSize(200, 150);

        Label linkTitle = Labels.wrapping("graph-link-title", vm.linkTitleProperty());
        ListView<EvidenceRow> evidence = evidenceList();
        VBox below = new VBox(4, linkTitle, evidence);
        below.setPadding(new Insets(6, 8, 6, 8));
        VBox.setVgrow(evidence, Priority.ALWAYS);
        SplitPane split = new SplitPane(canvas, below);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);

        Label status = Labels.bound("graph-status", vm.activity().statusProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(vm.activity().busyProperty());
        HBox statusBar = new HBox(6, busy, status);
        statusBar.setPadding(new Insets(4, 8, 4, 8));

        BorderPane root = new BorderPane(split);
        root.setTop(toolBar());
        root.setBottom(statusBar);
        root.getStyleClass().add("graph-window");
        Scene scene = new Scene(root, 1180, 780);
        scene.getStylesheets().setAll(stylesheets);
        setScene(scene);
        theme(root, dark.get());
        dark.addListener((obs, old, on) -> theme(root, on));
        setOnHidden(e -> {
            canvas.stop();
            vm.close();
        });
    }

    private void theme(Region root, boolean dark) {
        root.getStyleClass().removeAll("theme-dark", "theme-light");
        root.getStyleClass().add(dark ? "theme-dark" : "theme-light");
        canvas.setDark(dark);
    }

    private ToolBar toolBar() {
        ChoiceBox<CooccurrenceGraphs.Unit> by = new ChoiceBox<>();
        by.setId("graph-by");
        by.getItems().setAll(CooccurrenceGraphs.Unit.values());
        by.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(CooccurrenceGraphs.Unit unit) {
                return unit == null ? "" : "same " + unit;
            }

            @Override
            public CooccurrenceGraphs.Unit fromString(String s) {
                return CooccurrenceGraphs.Unit.valueOf(s.replace("same ", "").toLowerCase(Locale.ROOT));
            }
        });
        by.valueProperty().bindBidirectional(vm.byProperty());
        by.setPrefWidth(140);
        ToolBar bar = new ToolBar(new Label("Linked in the"), by, new Separator());
        for (EntityLabel label : EntityLabel.values()) {
            CheckBox box = new CheckBox(label.plural());
            box.setId("graph-category-" + label.id());
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", CategoryStyle.styleClass(label));
            swatch.setPrefSize(12, 12);
            swatch.setMaxSize(12, 12);
            box.setGraphic(swatch);
            box.setSelected(vm.categories().contains(label));
            box.selectedProperty().addListener((obs, old, on) -> {
                if (on) {
                    vm.categories().add(label);
                } else {
                    vm.categories().remove(label);
                }
            });
            bar.getItems().add(box);
        }
        Spinner<Integer> minWeight = new Spinner<>(1, 999, vm.minWeightProperty().get());
        minWeight.setId("graph-min-weight");
        minWeight.setEditable(true);
        minWeight.setPrefWidth(80);
        minWeight.valueProperty().addListener((obs, old, n) -> vm.minWeightProperty().set(n));
        MenuButton export = new MenuButton("Export");
        export.setId("graph-export");
        for (GraphWriter.Format format : List.of(GraphWriter.Format.graphml, GraphWriter.Format.gexf, GraphWriter.Format.csv)) {
            MenuItem item = new MenuItem(formatName(format) + "…");
            item.setId("graph-export-" + format);
            item.setOnAction(e -> {
                Path target = chooser.apply(this, format);
                if (target != null) {
                    vm.export(format, target);
                }
            });
            export.getItems().add(item);
        }
        bar.getItems().addAll(new Separator(), new Label("At least"), minWeight, new Separator(), export);
        return bar;
    }

    private static String formatName(GraphWriter.Format format) {
        return switch (format) {
            case graphml -> "GraphML (yEd, Gephi)";
            case gexf -> "GEXF (Gephi)";
            case csv -> "Edge list (CSV)";
            case json -> "JSON";
        };
    }

    private ListView<EvidenceRow> evidenceList() {
        ListView<EvidenceRow> list = new ListView<>(vm.evidence());
        list.setId("graph-evidence");
        list.setPlaceholder(new Label(""));
        list.setCellFactory(v -> ItemCell.drawn(row -> {
            Label title = new Label(row.title());
            title.getStyleClass().add("graph-evidence-title");
            title.setStyle("-fx-font-weight: bold;");
            Label text = new Label(row.text());
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.prefWidthProperty().bind(v.widthProperty().subtract(40));
            text.maxWidthProperty().bind(v.widthProperty().subtract(40));
            return new VBox(1, title, text);
        }));
        Lists.onChoose(list, vm::open);
        return list;
    }

    private static Path chooseTarget(Window owner, GraphWriter.Format format) {
        FileChooser files = new FileChooser();
        files.setTitle("Export the Graph");
        files.setInitialFileName("who-appears-with-whom." + format);
        files.getExtensionFilters().add(new FileChooser.ExtensionFilter(formatName(format), "*." + format));
        File file = files.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }

    /** Replaces the save dialog (tests write to a temporary folder). */
    public void setTargetChooser(BiFunction<Window, GraphWriter.Format, Path> chooser) {
        this.chooser = chooser;
    }

    public GraphCanvas canvas() {
        return canvas;
    }

    public GraphViewModel viewModel() {
        return vm;
    }
}

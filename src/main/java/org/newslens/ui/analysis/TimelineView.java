package org.newslens.ui.analysis;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newslens.ui.controls.ItemCell;
import org.newslens.ui.controls.Labels;

/** Layout of the Timeline pane: the article's date (asked when it has none), then the dates in time order. */
public final class TimelineView extends VBox {
    public TimelineView(TimelineViewModel vm, java.util.function.Consumer<String> status) {
        setId("timeline-pane");
        setSpacing(6);
        setPadding(new Insets(8));
        Label dated = Labels.wrapping("timeline-date", vm.analysis().dateLineProperty());
        DatePicker picker = new DatePicker();
        picker.setId("article-date");
        picker.setPromptText("When was it written?");
        Button set = new Button("Use this date");
        set.setId("article-date-set");
        set.setOnAction(e -> vm.analysis().setArticleDate(picker.getValue()));
        HBox ask = new HBox(6, picker, set);
        ask.visibleProperty().bind(vm.analysis().needsDateProperty());
        ask.managedProperty().bind(ask.visibleProperty());
        ListView<TimelineViewModel.Entry> list = new ListView<>(vm.entries());
        list.setId("timeline-list");
        list.setPlaceholder(new Label("No dates in this article."));
        list.setCellFactory(v -> ItemCell.drawn(e -> {
            Label when = new Label(e.when());
            when.getStyleClass().add("timeline-when");
            Label sentence = new Label(e.sentence());
            sentence.setWrapText(true);
            sentence.maxWidthProperty().bind(v.widthProperty().subtract(40));
            Label names = new Label(String.join(", ", e.names()));
            names.getStyleClass().add("timeline-names");
            VBox box = new VBox(2, when, sentence);
            if (!e.names().isEmpty()) {
                box.getChildren().add(names);
            }
            return box;
        }));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, e) -> {
            if (e != null) {
                vm.select(e);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(dated, ask, list, new ExportMenu(vm.analysis(), org.newslens.export.AnalysisExporter.What.TIMELINE, status));
    }
}

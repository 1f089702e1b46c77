package org.newslens.ui.analysis;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newslens.analysis.Quote;

/** Layout of the Quotes pane: a speaker filter and the quotes; a click jumps to one, "Their quotes" filters. */
public final class QuotesView extends VBox {
    public QuotesView(QuotesViewModel vm, java.util.function.Consumer<String> status) {
        setId("quotes-pane");
        setSpacing(6);
        setPadding(new Insets(8));
        ComboBox<String> speakers = new ComboBox<>(vm.speakers());
        speakers.setId("quotes-speaker");
        speakers.valueProperty().bindBidirectional(vm.speakerProperty());
        speakers.setMaxWidth(Double.MAX_VALUE);
        ListView<Quote> list = new ListView<>(vm.quotes());
        list.setId("quotes-list");
        list.setPlaceholder(new Label("No quotes in this article."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Quote q, boolean empty) {
                super.updateItem(q, empty);
                if (empty || q == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label who = new Label(QuotesViewModel.speakerOf(q));
                who.getStyleClass().add("quote-speaker");
                Label details = new Label(QuotesViewModel.detailsOf(q));
                details.getStyleClass().add("quote-details");
                Button theirs = new Button("Their quotes");
                theirs.getStyleClass().addAll("small", "flat");
                theirs.setDisable(q.speaker() == null);
                theirs.setOnAction(e -> vm.showSpeaker(q));
                HBox head = new HBox(6, who, details, theirs);
                Label text = new Label(q.text());
                text.setWrapText(true);
                text.getStyleClass().add("quote-text");
                text.maxWidthProperty().bind(v.widthProperty().subtract(40));
                setText(null);
                setGraphic(new VBox(2, head, text));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, q) -> {
            if (q != null) {
                vm.select(q);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox bar = new HBox(6, speakers, new ExportMenu(vm.analysis(), org.newslens.export.AnalysisExporter.What.QUOTES, status));
        HBox.setHgrow(speakers, Priority.ALWAYS);
        getChildren().addAll(bar, list);
    }
}

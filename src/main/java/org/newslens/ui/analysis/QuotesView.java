package org.newslens.ui.analysis;

import javafx.geometry.Insets;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newslens.analysis.Quote;
import org.newslens.ui.action.Action;
import org.newslens.ui.action.ActionControls;
import org.newslens.ui.action.ActionRegistry;
import org.newslens.ui.controls.ItemCell;

/**
 * Layout of the Quotes pane: a speaker filter and the quotes; a click jumps to one, "Their quotes" filters,
 * "Change speaker…" (button, context menu, Quotes action) corrects who said the selected one.
 */
public final class QuotesView extends VBox {
    public QuotesView(QuotesViewModel vm, java.util.function.Consumer<String> status, ActionRegistry actions) {
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
        list.setCellFactory(v -> ItemCell.drawn(q -> {
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
            return new VBox(2, head, text);
        }));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, q) -> {
            if (q != null) {
                vm.select(q);
            }
        });
        Action change = actions.register(Action.of("change-speaker", "Quotes", "Change _speaker…",
                () -> changeSpeaker(vm, list, status))
                .enabledWhen(list.getSelectionModel().selectedItemProperty().isNotNull()));
        list.setContextMenu(new ContextMenu(ActionControls.menuItem(change)));
        Button changeButton = ActionControls.button(change, "Change speaker…", null);
        changeButton.setId("quotes-change-speaker");
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox bar = new HBox(6, speakers, changeButton, new ExportMenu(vm.analysis(), org.newslens.export.AnalysisExporter.What.QUOTES, status));
        HBox.setHgrow(speakers, Priority.ALWAYS);
        getChildren().addAll(bar, list);
    }

    /** Asks who said the quote: one of the article's names, or any name typed. */
    private static void changeSpeaker(QuotesViewModel vm, ListView<Quote> list, java.util.function.Consumer<String> status) {
        Quote q = list.getSelectionModel().getSelectedItem();
        if (q == null) {
            return;
        }
        ComboBox<String> who = new ComboBox<>(FXCollections.observableArrayList(vm.speakerChoices()));
        who.setId("speaker-choice");
        who.setEditable(true);
        who.setMaxWidth(Double.MAX_VALUE);
        who.setValue(q.speaker() == null ? "" : q.speaker().name());
        Label said = new Label("“" + q.text() + "”");
        said.setWrapText(true);
        said.setMaxWidth(420);
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle("Change speaker");
        dialog.setHeaderText("Who said this? Choose a name from the article or type one.");
        dialog.getDialogPane().setContent(new VBox(8, said, who));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? who.getEditor().getText() : null);
        dialog.showAndWait().filter(name -> !name.isBlank()).ifPresent(name -> {
            status.accept(vm.changeSpeaker(q, name));
            // the list was rebuilt with the new speaker: keep the same quote selected
            list.getItems().stream().filter(x -> x.start() == q.start()).findFirst().ifPresent(x -> list.getSelectionModel().select(x));
        });
    }
}

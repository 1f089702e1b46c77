package org.newslens.ui.library;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.newslens.library.LibraryTimeline;
import org.newslens.ui.controls.Buttons;
import org.newslens.ui.controls.ItemCell;
import org.newslens.ui.controls.Labels;
import org.newslens.ui.controls.Lists;

/**
 * The Timeline pane's library side: an entity field, then the library's dates in time order, each with its sentence,
 * the names in it and its article (click to open it there). Layout only. {@link #withArticleTimeline} puts it beside
 * the article's own timeline under a "This article | Library" switch.
 */
public final class LibraryTimelineView extends VBox {

    public LibraryTimelineView(LibraryTimelineViewModel vm) {
        setId("library-timeline");
        setSpacing(6);
        setPadding(new Insets(8));
        TextField entity = new TextField();
        entity.setId("library-timeline-entity");
        entity.setPromptText("Entity (name or alias); empty for every date");
        entity.textProperty().bindBidirectional(vm.entityProperty());
        entity.setOnAction(e -> vm.refresh());
        HBox.setHgrow(entity, Priority.ALWAYS);
        Button show = Buttons.small("Show", "library-timeline-show", vm::refresh);
        Button followed = Buttons.small("Followed entity", "library-timeline-followed", vm::useActiveEntity);
        followed.setTooltip(new javafx.scene.control.Tooltip("The entity chosen in the Entities pane"));
        for (Button b : new Button[] {show, followed}) {
            b.setMinWidth(USE_PREF_SIZE);
        }
        HBox ask = new HBox(6, entity, show, followed);
        ask.setAlignment(Pos.CENTER_LEFT);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(14, 14);
        spinner.visibleProperty().bind(vm.activity().busyProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label status = Labels.wrapping("library-timeline-status", vm.activity().statusProperty(), "library-summary");
        HBox statusLine = new HBox(6, spinner, status);
        statusLine.setAlignment(Pos.CENTER_LEFT);

        ListView<LibraryTimeline.Entry> list = new ListView<>(vm.entries());
        list.setId("library-timeline-list");
        Label none = new Label();
        // once a list was asked for, the status line says why it is empty: one message, not two
        none.textProperty().bind(javafx.beans.binding.Bindings.when(vm.activity().statusProperty().isEmpty())
                .then("No dates listed yet.").otherwise(""));
        list.setPlaceholder(none);
        // as wide as the list: the sentence wraps instead of being cut
        list.setCellFactory(v -> ItemCell.<LibraryTimeline.Entry>drawn(e -> dateLine(e, v)).fitted());
        Lists.onChoose(list, vm::open);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(ask, statusLine, list);
    }

    /** "This article | Library" above the article's timeline or this one; the library's is listed when first shown. */
    public static Node withArticleTimeline(Node articleTimeline, LibraryTimelineViewModel vm) {
        LibraryTimelineView library = new LibraryTimelineView(vm);
        ToggleGroup scope = new ToggleGroup();
        ToggleButton article = new ToggleButton("This article");
        article.setId("timeline-scope-article");
        article.getStyleClass().addAll(Styles.LEFT_PILL, Styles.SMALL);
        ToggleButton all = new ToggleButton("Library");
        all.setId("timeline-scope-library");
        all.getStyleClass().addAll(Styles.RIGHT_PILL, Styles.SMALL);
        article.setToggleGroup(scope);
        all.setToggleGroup(scope);
        article.setSelected(true);
        StackPane content = new StackPane(articleTimeline, library);
        VBox.setVgrow(content, Priority.ALWAYS);
        library.visibleProperty().bind(all.selectedProperty());
        articleTimeline.visibleProperty().bind(all.selectedProperty().not());
        scope.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one side is always chosen
            } else if (now == all) {
                vm.shown();
            }
        });
        HBox switcher = new HBox(0, article, all);
        switcher.setPadding(new Insets(8, 8, 0, 8));
        VBox box = new VBox(switcher, content);
        box.setId("timeline-scopes");
        return box;
    }

    /** A date: when, its article, its sentence and the names in it (the article timeline's look, plus the article). */
    private static Node dateLine(LibraryTimeline.Entry e, ListView<LibraryTimeline.Entry> owner) {
        String said = e.time().text().equals(e.when()) ? "" : " (" + e.time().text() + ")";
        Label when = new Label(e.when() + said + "  ·  " + e.title());
        when.getStyleClass().add("timeline-when");
        when.setMinWidth(0);
        Label sentence = new Label(e.sentence().strip());
        sentence.setWrapText(true);
        sentence.maxWidthProperty().bind(owner.widthProperty().subtract(40));
        sentence.setMinHeight(USE_PREF_SIZE);
        VBox box = new VBox(2, when, sentence);
        if (!e.names().isEmpty()) {
            Label names = new Label(String.join(", ", e.names()));
            names.getStyleClass().add("timeline-names");
            box.getChildren().add(names);
        }
        box.setMinWidth(0);
        return box;
    }
}

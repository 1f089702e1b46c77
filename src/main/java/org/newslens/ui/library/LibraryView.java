package org.newslens.ui.library;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.newslens.index.IndexedArticle;
import org.newslens.index.LibraryReport;

/**
 * The library pane: an "Add folder…" button, progress and Cancel while a folder is added, what the last
 * folder did, and the indexed articles with their top entities (double-click or Enter opens one). Layout only.
 */
public final class LibraryView extends VBox {
    private final LibraryViewModel viewModel;
    private final ListView<IndexedArticle> list = new ListView<>();
    private Path lastFolder;

    public LibraryView(LibraryViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("library-pane");
        setId("library");
        setPrefWidth(340);

        Button add = new Button("Add folder…");
        add.setId("library-add");
        add.getStyleClass().add(Styles.SMALL);
        add.disableProperty().bind(viewModel.addingProperty());
        add.setOnAction(e -> chooseFolder());
        Label count = new Label();
        count.getStyleClass().add("library-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = viewModel.articles().size();
            return n == 1 ? "1 article" : n + " articles";
        }, viewModel.articles()));
        HBox top = new HBox(8, add, count);
        top.setAlignment(Pos.CENTER_LEFT);

        ProgressBar progress = new ProgressBar();
        progress.setId("library-progress");
        progress.getStyleClass().add(Styles.SMALL);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("library-cancel");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setOnAction(e -> viewModel.cancel());
        Label progressText = new Label();
        progressText.setId("library-progress-text");
        progressText.getStyleClass().add("library-progress-text");
        progressText.textProperty().bind(viewModel.progressTextProperty());
        HBox bar = new HBox(6, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox running = new VBox(4, bar, progressText);
        running.visibleProperty().bind(viewModel.addingProperty());
        running.managedProperty().bind(running.visibleProperty());

        Label summary = new Label();
        summary.setId("library-summary");
        summary.getStyleClass().add("library-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.visibleProperty().bind(viewModel.summaryProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        Tooltip problems = new Tooltip();
        problems.setWrapText(true);
        problems.setMaxWidth(520);
        problems.textProperty().bind(Bindings.createStringBinding(() -> viewModel.problems().stream()
                .map(LibraryReport.Problem::message).collect(Collectors.joining("\n")), viewModel.problems()));
        summary.tooltipProperty().bind(Bindings.when(Bindings.isEmpty(viewModel.problems())).then((Tooltip) null).otherwise(problems));

        list.setId("library-list");
        list.getStyleClass().add("library-list");
        list.setItems(viewModel.articles());
        list.setCellFactory(v -> {
            ArticleCell cell = new ArticleCell();
            // cells as wide as the list, not as their text: long titles are cut with "…", no sideways scrolling
            cell.setPrefWidth(0);
            return cell;
        });
        list.setPlaceholder(new Label("No articles yet. Add a folder, or open an article."));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                viewModel.open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.open(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });

        getChildren().addAll(top, running, summary, list);
    }

    /** File ▸ Add folder…: a folder chooser, then the folder is indexed in the background. */
    public void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Add a folder of articles to the library");
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File chosen = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            lastFolder = chosen.toPath();
            viewModel.addFolder(chosen.toPath());
        }
    }

    private static final class ArticleCell extends ListCell<IndexedArticle> {
        @Override
        protected void updateItem(IndexedArticle article, boolean empty) {
            super.updateItem(article, empty);
            setText(null);
            if (empty || article == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label title = new Label(article.title());
            title.getStyleClass().add("library-title");
            String names = String.join(" · ", LibraryViewModel.topNames(article));
            Label entities = new Label(names.isEmpty() ? "no entities" : names);
            entities.getStyleClass().add("library-entities");
            String file = article.file() == null ? "" : String.valueOf(article.file().getFileName());
            Label source = new Label(file);
            source.getStyleClass().add("library-file");
            for (Label l : new Label[] {title, entities, source}) {
                l.setMinWidth(0);
                l.setMaxWidth(Double.MAX_VALUE);
            }
            VBox box = new VBox(1, title, entities, source);
            box.setMinWidth(0);
            setGraphic(box);
            setTooltip(article.file() == null ? null : new Tooltip(article.file().toString()));
        }
    }
}

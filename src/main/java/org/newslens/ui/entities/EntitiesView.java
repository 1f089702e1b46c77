package org.newslens.ui.entities;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.newslens.nlp.EntityLabel;
import org.newslens.ui.controls.Buttons;
import org.newslens.ui.controls.Labels;
import org.newslens.ui.controls.Shown;
import org.newslens.ui.reader.ReaderView;

/**
 * The entities sidebar: progress or a summary, a legend with a toggle per category, a filter and sort order,
 * the entities grouped by category with their mention counts, and a stepper through the focused entity's
 * mentions. Layout only; the state is in {@link EntitiesViewModel}. It also gives the reader its tooltip
 * over a mention.
 */
public final class EntitiesView extends VBox {
    static final double WIDTH = 300;

    private final EntitiesViewModel viewModel;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>());
    /** Whether the entity under the mouse was already focused when the button went down (a repeat click steps). */
    private boolean pressedFocused;

    public EntitiesView(EntitiesViewModel viewModel, ReaderView reader) {
        this.viewModel = viewModel;
        setId("entities-pane");
        getStyleClass().add("entities-pane");
        setPrefWidth(WIDTH);
        setMinWidth(220);
        // fills the side pane, which the tab headers of every pane may make wider than its preferred width
        setMaxWidth(Double.MAX_VALUE);
        setSpacing(8);

        // no heading: the side pane's tab names it
        getChildren().addAll(statusRow(), legend(), tools(), buildTree(), stepper());
        VBox.setVgrow(tree, Priority.ALWAYS);

        reader.setHoverText(viewModel::describeAt);
    }

    public TreeView<Object> tree() {
        return tree;
    }

    private HBox statusRow() {
        ProgressIndicator spinner = new ProgressIndicator(-1);
        spinner.setId("entities-progress");
        spinner.getStyleClass().add("entities-progress");
        spinner.setPrefSize(16, 16);
        spinner.setMinSize(16, 16);
        spinner.setMaxSize(16, 16);
        // a spinner until the first part is read, then how much of the article is
        spinner.progressProperty().bind(viewModel.status().progressProperty());
        Shown.when(spinner, viewModel.status().busyProperty());

        Label status = Labels.wrapping("entities-status", viewModel.status().textProperty(), "entities-status");
        viewModel.status().failedProperty().addListener((obs, old, failed) -> {
            status.getStyleClass().remove(Styles.DANGER);
            if (failed) {
                status.getStyleClass().add(Styles.DANGER);
            }
        });

        Button retry = Shown.when(Buttons.small("Try again", "entities-retry", viewModel::retry), viewModel.status().failedProperty());

        HBox row = new HBox(6, spinner, status, retry);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);
        return row;
    }

    private FlowPane legend() {
        FlowPane legend = new FlowPane(10, 4);
        legend.setId("entities-legend");
        legend.getStyleClass().add("entities-legend");
        for (EntityLabel label : EntityLabel.values()) {
            CheckBox toggle = new CheckBox();
            toggle.setId("legend-" + label.id());
            toggle.getStyleClass().add("legend-toggle");
            toggle.setGraphic(swatch(label));
            toggle.textProperty().bind(Bindings.createStringBinding(
                    () -> label.plural() + " " + viewModel.countProperty(label).get(),
                    viewModel.countProperty(label)));
            toggle.selectedProperty().bindBidirectional(viewModel.visibleProperty(label));
            toggle.setTooltip(new Tooltip("Highlight " + label.plural().toLowerCase(java.util.Locale.ROOT)
                    + " in the article"));
            legend.getChildren().add(toggle);
        }
        return legend;
    }

    static Region swatch(EntityLabel label) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", CategoryStyle.styleClass(label));
        swatch.setMinSize(14, 14);
        swatch.setPrefSize(14, 14);
        swatch.setMaxSize(14, 14);
        return swatch;
    }

    private HBox tools() {
        TextField filter = new TextField();
        filter.setId("entities-filter");
        filter.setPromptText("Filter entities");
        filter.textProperty().bindBidirectional(viewModel.list().filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });
        ComboBox<EntitySort> sort = new ComboBox<>();
        sort.setId("entities-sort");
        sort.getItems().addAll(EntitySort.values());
        sort.valueProperty().bindBidirectional(viewModel.list().sortProperty());
        sort.setMinWidth(Region.USE_PREF_SIZE);
        sort.setTooltip(new Tooltip("Order of the entities in each category"));
        HBox row = new HBox(6, filter, sort);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(filter, Priority.ALWAYS);
        return row;
    }

    private TreeView<Object> buildTree() {
        tree.setId("entities-tree");
        tree.getStyleClass().add("entities-tree");
        tree.setShowRoot(false);
        tree.getRoot().setExpanded(true);
        tree.setCellFactory(t -> new EntityCell());
        viewModel.list().groups().addListener((ListChangeListener<EntityGroup>) c -> rebuildTree());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (selected != null && selected.getValue() instanceof EntityItem item) {
                viewModel.focus(item);
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.next();
                e.consume();
            }
        });
        rebuildTree();
        return tree;
    }

    private void rebuildTree() {
        TreeItem<Object> root = tree.getRoot();
        root.getChildren().clear();
        EntityItem focused = viewModel.mentionFocus().focusedProperty().get();
        TreeItem<Object> reselect = null;
        for (EntityGroup group : viewModel.list().groups()) {
            TreeItem<Object> heading = new TreeItem<>(group);
            heading.setExpanded(true);
            for (EntityItem item : group.items()) {
                TreeItem<Object> child = new TreeItem<>(item);
                heading.getChildren().add(child);
                if (focused != null && focused.entity().id().equals(item.entity().id())) {
                    reselect = child;
                }
            }
            root.getChildren().add(heading);
        }
        if (reselect != null) {
            tree.getSelectionModel().select(reselect);
        }
    }

    private HBox stepper() {
        Button previous = Buttons.tipped("‹", "entities-previous", "Previous mention", viewModel::previous);
        Button next = Buttons.tipped("›", "entities-next", "Next mention", viewModel::next);
        for (Button b : new Button[] {previous, next}) {
            b.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
            b.disableProperty().bind(viewModel.mentionFocus().focusedProperty().isNull());
        }
        Label where = new Label();
        where.setId("entities-position");
        where.getStyleClass().add("entities-position");
        where.textProperty().bind(Bindings.createStringBinding(() -> {
            EntityItem item = viewModel.mentionFocus().focusedProperty().get();
            return item == null ? "Click an entity to find it in the text"
                    : item.name() + " — " + viewModel.mentionFocus().positionProperty().get();
        }, viewModel.mentionFocus().focusedProperty(), viewModel.mentionFocus().positionProperty()));
        where.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(where, Priority.ALWAYS);
        HBox row = new HBox(6, previous, where, next);
        row.getStyleClass().add("entities-stepper");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A category heading (swatch, name, number of entities) or an entity (name, count, aliases or context). */
    private final class EntityCell extends TreeCell<Object> {
        EntityCell() {
            addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                EntityItem focused = viewModel.mentionFocus().focusedProperty().get();
                pressedFocused = getItem() instanceof EntityItem item && focused != null
                        && focused.entity().id().equals(item.entity().id());
            });
            addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() instanceof EntityItem item && pressedFocused) {
                    viewModel.activate(item);
                }
            });
        }

        @Override
        protected void updateItem(Object value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().removeAll("entity-group-cell", "entity-cell");
            setText(null);
            if (empty || value == null) {
                setGraphic(null);
            } else if (value instanceof EntityGroup group) {
                getStyleClass().add("entity-group-cell");
                setGraphic(groupGraphic(group));
            } else if (value instanceof EntityItem item) {
                getStyleClass().add("entity-cell");
                setGraphic(itemGraphic(item));
            } else {
                setGraphic(null);
            }
        }

        private HBox groupGraphic(EntityGroup group) {
            Label name = new Label(group.label().plural());
            name.getStyleClass().add("entity-group-name");
            int entities = group.items().size();
            int mentions = group.mentionCount();
            Label count = new Label(entities + (entities == 1 ? " entity · " : " entities · ")
                    + mentions + (mentions == 1 ? " mention" : " mentions"));
            count.getStyleClass().add("entity-group-count");
            HBox box = new HBox(6, swatch(group.label()), name, count);
            box.setAlignment(Pos.CENTER_LEFT);
            return box;
        }

        private VBox itemGraphic(EntityItem item) {
            Label name = new Label(item.name());
            name.getStyleClass().add("entity-name");
            name.setMinWidth(0);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label count = new Label(Integer.toString(item.count()));
            count.getStyleClass().add("entity-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            HBox top = new HBox(6, name, spacer, count);
            top.setAlignment(Pos.CENTER_LEFT);
            VBox box = new VBox(1, top);
            String detail = detail(item);
            if (detail != null) {
                Label extra = new Label(detail);
                extra.getStyleClass().add("entity-detail");
                extra.setWrapText(true);
                extra.setMinWidth(0);
                extra.setPrefWidth(1);
                extra.setMaxWidth(Double.MAX_VALUE);
                box.getChildren().add(extra);
            }
            box.setMinWidth(0);
            box.prefWidthProperty().bind(tree.widthProperty().subtract(64));
            box.setMaxWidth(Region.USE_PREF_SIZE);
            return box;
        }
    }

    static String detail(EntityItem item) {
        if (item.label() == EntityLabel.FIGURE) {
            return item.context() == null ? null : "counts " + item.context();
        }
        return item.otherNames().isEmpty() ? null : "also " + String.join(", ", item.otherNames());
    }
}

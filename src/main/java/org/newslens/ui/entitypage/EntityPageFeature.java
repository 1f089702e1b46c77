package org.newslens.ui.entitypage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TreeItem;
import javafx.stage.WindowEvent;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.article.ArticleLoader;
import org.newslens.article.TextRange;
import org.newslens.index.ArticleIndex;
import org.newslens.index.EntitySource;
import org.newslens.index.EntitySummary;
import org.newslens.index.LibraryIndexer;
import org.newslens.library.EntityEdits;
import org.newslens.library.EntityPage;
import org.newslens.library.EntityPages;
import org.newslens.library.LibraryEntry;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.Mention;
import org.newslens.ui.action.Action;
import org.newslens.ui.action.ActionControls;
import org.newslens.ui.annotations.AnnotationsFeature;
import org.newslens.ui.entities.EntitiesView;
import org.newslens.ui.entities.EntitiesViewModel;
import org.newslens.ui.entities.EntityItem;
import org.newslens.ui.library.LibraryView;
import org.newslens.ui.main.MainView;
import org.newslens.ui.state.AppState;
import org.newslens.ui.task.TaskExecutor;

/**
 * The Entity side pane and its ways in: "Open Entity Page" on a mention in the reader's context menu, on an entity
 * of the Entities pane, on the entities of a Library article, and View ▸ Entity Page; its merge, rename and split
 * (with undo and redo) are actions of the registry.
 */
public final class EntityPageFeature {
    private static final String CSS = EntityPageFeature.class.getResource("entitypage.css").toExternalForm();

    private final MainView main;
    private final EntityPageViewModel model;
    private final EntitiesViewModel entities;
    private final AppState state;
    private final Tab tab;

    /**
     * @param index   the library's index, guarded (used on workers only)
     * @param indexed the entities the index is fed (corrections applied; used on workers only)
     * @param storage the reader's annotations and the library-wide corrections
     * @param opener  opens an article of the library in the reader
     */
    public EntityPageFeature(MainView main, AppState state, ArticleIndex index, EntitySource indexed, AnnotationStorage storage,
                             TaskExecutor executor, Consumer<Path> opener, EntitiesViewModel entities) {
        this.main = main;
        this.entities = entities;
        this.state = state;
        this.model = new EntityPageViewModel(new EntityPages(index, storage::saved), storage.library(),
                new EntityEdits(index, new LibraryIndexer(index, new ArticleLoader(), indexed)), executor, state, opener, Clock.systemUTC());
        var has = Bindings.createBooleanBinding(() -> model.pageProperty().get() != null && model.pageProperty().get().name() != null,
                model.pageProperty());
        Action back = register(Action.of("entity-page-back", "Entity", "_Back", model::back).enabledWhen(model.trail().canBackProperty()));
        Action forward = register(Action.of("entity-page-forward", "Entity", "_Forward", model::forward)
                .enabledWhen(model.trail().canForwardProperty()));
        Action merge = register(Action.of("entity-merge", "Entity", "_Merge Into…", this::askMerge).enabledWhen(has));
        Action rename = register(Action.of("entity-rename", "Entity", "_Rename…", this::askRename).enabledWhen(has));
        Action split = register(Action.of("entity-split", "Entity", "_Split Alias Off…", this::askSplit).enabledWhen(has));
        Action undo = register(Action.of("entity-undo", "Entity", "Undo", model::undo).enabledWhen(model.history().canUndoProperty())
                .withText(model.history().undoTextProperty()));
        Action redo = register(Action.of("entity-redo", "Entity", "Redo", model::redo).enabledWhen(model.history().canRedoProperty())
                .withText(model.history().redoTextProperty()));
        main.getStylesheets().add(CSS);
        this.tab = main.addSidePane("Entity", () -> view(back, forward, List.of(merge, rename, split, undo, redo)));
        main.addShowPaneAction(tab, "Entit_y Page", "Y");
        Action openHere = register(Action.of("open-entity-page", "Entity", "Open Entity _Page", this::openAtSelection)
                .withShortcut("Shortcut+Shift+P"));
        main.viewMenu().getItems().add(ActionControls.menuItem(openHere));
    }

    /** The pane: back and forward, then the correction and undo buttons, made from the pane's actions. */
    private EntityPageView view(Action back, Action forward, List<Action> corrections) {
        List<Button> navigation = List.of(ActionControls.button(back, "◀", null), ActionControls.button(forward, "▶", null));
        navigation.get(0).setId("entity-page-back");
        navigation.get(1).setId("entity-page-forward");
        List<String> labels = List.of("Merge Into…", "Rename…", "Split…", "Undo", "Redo");
        List<String> ids = List.of("merge", "rename", "split", "undo", "redo");
        List<Button> tools = new java.util.ArrayList<>();
        for (int i = 0; i < corrections.size(); i++) {
            Button button = ActionControls.button(corrections.get(i), labels.get(i), null);
            button.setId("entity-page-" + ids.get(i));
            tools.add(button);
        }
        Action split = corrections.get(2);
        return new EntityPageView(model, navigation, tools, alias -> List.of(ActionControls.contextItem(split,
                "ctx-entity-split-alias", null, true, () -> model.split(alias))));
    }

    private Action register(Action action) {
        return main.actions().register(action);
    }

    public EntityPageViewModel model() {
        return model;
    }

    /** Shows the Entity pane with the page of {@code name}. */
    public void open(String name) {
        main.sidePanes().getSelectionModel().select(tab);
        model.open(name);
    }

    /** The page of the entity mentioned at the reader's selection, or of the one followed in the Entities pane. */
    private void openAtSelection() {
        Optional<String> name = entityAt(entities.analysisProperty().get(), state.selectionProperty().get());
        if (name.isPresent()) {
            open(name.get());
        } else if (state.activeEntityProperty().get() != null) {
            open(state.activeEntityProperty().get().name());
        }
    }

    /** The name of the entity of a mention overlapping {@code target} (a spot or a range). */
    static Optional<String> entityAt(EntityAnalysis analysis, TextRange target) {
        if (analysis == null || target == null) {
            return Optional.empty();
        }
        int end = target.isEmpty() ? target.end() + 1 : target.end();
        for (Mention m : analysis.mentions()) {
            if (m.entity() != null && m.start() < end && target.start() < m.end()) {
                return analysis.entities().stream().filter(e -> e.id().equals(m.entity())).map(Entity::name).findFirst();
            }
        }
        return Optional.empty();
    }

    /** "Open Entity Page" in the reader's context menu, on a mention. */
    public void addToReader(AnnotationsFeature reader) {
        reader.addContextItems(target -> entityAt(entities.analysisProperty().get(), target)
                .map(name -> List.of(ActionControls.contextItem(main.actions().get("open-entity-page"), "ctx-entity-page", null, true,
                        () -> open(name)))).orElse(List.of()));
    }

    /** "Open Entity Page" on the Entities pane's entity (context menu). */
    public void addToEntities(EntitiesView view) {
        ContextMenu menu = new ContextMenu();
        MenuItem item = new MenuItem("Open Entity Page");
        item.setId("ctx-entities-entity-page");
        item.setOnAction(e -> {
            TreeItem<Object> selected = view.tree().getSelectionModel().getSelectedItem();
            if (selected != null && selected.getValue() instanceof EntityItem entity) {
                open(entity.name());
            }
        });
        menu.getItems().add(item);
        menu.setOnShowing(e -> {
            TreeItem<Object> selected = view.tree().getSelectionModel().getSelectedItem();
            item.setDisable(selected == null || !(selected.getValue() instanceof EntityItem));
        });
        view.tree().setContextMenu(menu);
    }

    /** "Entity Page ▸ (its most mentioned entities)" in the Library's context menu, for the selected article. */
    public void addToLibrary(LibraryView library) {
        Menu pages = new Menu("Entity Page");
        pages.setId("ctx-library-entity-page");
        library.contextMenu().getItems().add(pages);
        library.contextMenu().addEventHandler(WindowEvent.WINDOW_SHOWING, e -> {
            List<LibraryEntry> selected = library.selectedEntries();
            List<EntitySummary> top = selected.isEmpty() ? List.of() : selected.get(0).topEntities();
            pages.getItems().setAll(top.stream().map(s -> {
                MenuItem item = new MenuItem(s.name() + "  (" + s.label().displayName() + ", " + s.mentions() + ")");
                item.setMnemonicParsing(false);
                item.setOnAction(ev -> open(s.name()));
                return item;
            }).toList());
            pages.setDisable(top.isEmpty());
        });
    }

    private void askMerge() {
        EntityPage page = model.pageProperty().get();
        List<String> choices = page.appearsWith().stream().map(EntityPage.CoEntity::name).toList();
        ask("Merge Entity", "Merge “" + page.name() + "” into which entity, in every article of the library?", "Entity:",
                choices.isEmpty() ? "" : choices.get(0)).ifPresent(model::mergeInto);
    }

    private void askRename() {
        EntityPage page = model.pageProperty().get();
        ask("Rename Entity", "Call “" + page.name() + "” what, in every article of the library?", "New name:", page.name())
                .ifPresent(model::rename);
    }

    /** A name typed in a dialog over the window; empty when cancelled or blank. */
    private Optional<String> ask(String title, String header, String label, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(label);
        dialog.initOwner(main.getScene() == null ? null : main.getScene().getWindow());
        return dialog.showAndWait().filter(s -> !s.isBlank());
    }

    private void askSplit() {
        EntityPage page = model.pageProperty().get();
        if (page.aliases().isEmpty()) {
            model.split(page.name());
            return;
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(page.aliases().get(0), page.aliases());
        dialog.setTitle("Split Alias Off");
        dialog.setHeaderText("Which of its names becomes an entity of its own, in every article of the library?");
        dialog.setContentText("Alias:");
        dialog.initOwner(main.getScene() == null ? null : main.getScene().getWindow());
        dialog.showAndWait().ifPresent(model::split);
    }
}

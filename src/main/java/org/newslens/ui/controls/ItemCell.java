package org.newslens.ui.controls;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ListCell;

/**
 * A list (or combo box) cell that shows its item as a text, a node made from it, or both, and nothing when the row
 * is empty. Lists whose rows are drawn from their items use it rather than a {@code ListCell} subclass of their own.
 */
public final class ItemCell<T> extends ListCell<T> {
    private final Function<? super T, String> text;
    private final Function<? super T, ? extends Node> graphic;
    private Function<? super T, String> kind = item -> null;
    private List<String> kinds = List.of();

    private ItemCell(Function<? super T, String> text, Function<? super T, ? extends Node> graphic) {
        this.text = text;
        this.graphic = graphic;
    }

    /** A cell showing the node {@code graphic} makes of its item (built again each time the cell is reused). */
    public static <T> ItemCell<T> drawn(Function<? super T, ? extends Node> graphic) {
        return new ItemCell<>(item -> null, graphic);
    }

    /** A cell showing its item as {@code text} beside the node {@code graphic} makes of it. */
    public static <T> ItemCell<T> labelled(Function<? super T, String> text, Function<? super T, ? extends Node> graphic) {
        return new ItemCell<>(text, graphic);
    }

    /** As wide as the list, not as its content: long lines are cut or wrap instead of scrolling sideways. */
    public ItemCell<T> fitted() {
        setPrefWidth(0);
        return this;
    }

    /**
     * Gives a filled cell the style class {@code kind} names for its item (a heading, a hit…): one of {@code all}, or
     * null for none. The class is taken off again when the cell is reused.
     */
    public ItemCell<T> kinds(Function<? super T, String> kind, String... all) {
        this.kind = kind;
        this.kinds = List.of(all);
        return this;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        boolean none = empty || item == null;
        getStyleClass().removeAll(kinds);
        String itemKind = none ? null : kind.apply(item);
        if (itemKind != null) {
            getStyleClass().add(itemKind);
        }
        setText(none ? null : text.apply(item));
        setGraphic(none ? null : graphic.apply(item));
    }
}

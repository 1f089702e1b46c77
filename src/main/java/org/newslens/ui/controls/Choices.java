package org.newslens.ui.controls;

import javafx.beans.property.Property;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;

/** Drop-down choices among a fixed set (a filter, an order), bound to a view model's property. */
public final class Choices {
    private Choices() {
    }

    /** A drop-down of {@code values} (shown by their {@code toString}) whose choice is {@code value}, explained by {@code tip}. */
    @SafeVarargs
    public static <T> ComboBox<T> of(String id, Property<T> value, String tip, T... values) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.valueProperty().bindBidirectional(value);
        box.setTooltip(new Tooltip(tip));
        return box;
    }
}

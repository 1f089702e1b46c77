package org.newslens.ui.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newslens.nlp.Mention;
import org.newslens.ui.reader.Highlight;
import org.newslens.ui.reader.ReaderViewModel;

/**
 * The focused entity and a cursor over its mentions: emphasises all of them on the reader's
 * {@value EntitiesViewModel#FOCUS_LAYER} layer and steps the reader's selection through them.
 */
final class MentionFocus {
    private final ReaderViewModel reader;
    private final ReadOnlyObjectWrapper<EntityItem> focused = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");

    MentionFocus(ReaderViewModel reader) {
        this.reader = reader;
    }

    ReadOnlyObjectProperty<EntityItem> focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    /** Which of the focused entity's mentions is selected (0-based), or -1. */
    ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** "2 of 5" while an entity is focused, else empty. */
    ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** Focuses {@code known} (an item of the current list) at its first mention, unless it is focused already. */
    void focus(EntityItem known) {
        EntityItem current = focused.get();
        if (current != null && current.entity().id().equals(known.entity().id())) {
            return;
        }
        focused.set(known);
        select(0);
    }

    boolean isFocused(EntityItem item) {
        EntityItem current = focused.get();
        return item != null && current != null && current.entity().id().equals(item.entity().id());
    }

    void next() {
        EntityItem current = focused.get();
        if (current != null) {
            select((index.get() + 1) % current.count());
        }
    }

    void previous() {
        EntityItem current = focused.get();
        if (current != null) {
            select((index.get() - 1 + current.count()) % current.count());
        }
    }

    void clear() {
        if (focused.get() != null) {
            focused.set(null);
        }
        index.set(-1);
        position.set("");
        if (reader.layers().names().contains(EntitiesViewModel.FOCUS_LAYER)) {
            reader.clearLayer(EntitiesViewModel.FOCUS_LAYER);
        }
    }

    /** After the list was rebuilt: the focused entity stays focused (at the same place) if it still exists. */
    void keep(Map<String, EntityItem> itemsById) {
        EntityItem before = focused.get();
        if (before == null) {
            return;
        }
        EntityItem now = itemsById.get(before.entity().id());
        if (now == null) {
            clear();
            return;
        }
        focused.set(now);
        int at = Math.min(index.get(), now.count() - 1);
        index.set(at);
        position.set((at + 1) + " of " + now.count());
        emphasise(now, at);
    }

    private void select(int at) {
        EntityItem current = focused.get();
        Mention m = current.mentions().get(at);
        index.set(at);
        position.set((at + 1) + " of " + current.count());
        emphasise(current, at);
        reader.select(m.start(), m.end());
    }

    private void emphasise(EntityItem item, int current) {
        List<Highlight> emphasis = new ArrayList<>();
        for (Mention each : item.mentions()) {
            emphasis.add(new Highlight(each.start(), each.end(), EntitiesViewModel.FOCUS_CLASS));
        }
        Mention m = item.mentions().get(current);
        emphasis.add(new Highlight(m.start(), m.end(), EntitiesViewModel.CURRENT_CLASS));
        reader.setLayer(EntitiesViewModel.FOCUS_LAYER, emphasis);
    }
}

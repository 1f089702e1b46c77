package org.newslens.ui.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.nlp.EntityLabel;

/** The sidebar's list: the entities grouped by category, filtered by what is typed and sorted. */
final class EntityList {
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<EntitySort> sort = new SimpleObjectProperty<>(EntitySort.BY_COUNT);
    private final ObservableList<EntityGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<EntityGroup> groupsView = FXCollections.unmodifiableObservableList(groups);
    private List<EntityItem> items = List.of();

    EntityList() {
        filter.addListener(obs -> rebuild());
        sort.addListener(obs -> rebuild());
    }

    /** Text that entities must contain (in their name, an alias or, for figures, what they count). */
    StringProperty filterProperty() {
        return filter;
    }

    ObjectProperty<EntitySort> sortProperty() {
        return sort;
    }

    /** The categories that have entities passing the filter, in category order; each sorted. */
    ObservableList<EntityGroup> groups() {
        return groupsView;
    }

    void show(List<EntityItem> all) {
        items = all;
        rebuild();
    }

    private void rebuild() {
        String needle = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        Comparator<EntityItem> byName = Comparator.comparing((EntityItem i) -> i.name().toLowerCase(Locale.ROOT))
                .thenComparing(EntityItem::name);
        Comparator<EntityItem> order = sort.get() == EntitySort.BY_NAME ? byName
                : Comparator.comparingInt(EntityItem::count).reversed().thenComparing(byName);
        List<EntityGroup> next = new ArrayList<>();
        for (EntityLabel label : EntityLabel.values()) {
            List<EntityItem> matching = items.stream()
                    .filter(i -> i.label() == label && matches(i, needle))
                    .sorted(order)
                    .toList();
            if (!matching.isEmpty()) {
                next.add(new EntityGroup(label, matching));
            }
        }
        groups.setAll(next);
    }

    private static boolean matches(EntityItem item, String needle) {
        if (needle.isEmpty()) {
            return true;
        }
        if (item.name().toLowerCase(Locale.ROOT).contains(needle)) {
            return true;
        }
        for (String alias : item.entity().aliases()) {
            if (alias.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return item.context() != null && item.context().toLowerCase(Locale.ROOT).contains(needle);
    }
}

package org.newslens.ui.controls;

import java.util.function.Consumer;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

/** What a list does when a row is chosen. */
public final class Lists {
    private Lists() {
    }

    /** A click on the list or Enter hands its selected item, if any, to {@code chosen}. */
    public static <T> void onChoose(ListView<T> list, Consumer<? super T> chosen) {
        list.setOnMouseClicked(e -> chooseSelected(list, chosen));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                chooseSelected(list, chosen);
            }
        });
    }

    private static <T> void chooseSelected(ListView<T> list, Consumer<? super T> chosen) {
        T item = list.getSelectionModel().getSelectedItem();
        if (item != null) {
            chosen.accept(item);
        }
    }
}

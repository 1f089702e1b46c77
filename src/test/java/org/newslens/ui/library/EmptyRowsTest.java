package org.newslens.ui.library;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newslens.index.EntitySummary;
import org.newslens.library.LibraryEntry;
import org.newslens.library.ReadingState;
import org.newslens.nlp.EntityLabel;
import org.newslens.ui.main.MainView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The empty rows under a short list (the Library filtered to two articles), with the window's theme and styles: each
 * a whole number of pixels high, so no seam is drawn every few rows (the empty space looked like rows 196 px tall).
 */
@ExtendWith(ApplicationExtension.class)
class EmptyRowsTest {
    private ListView<LibraryRow> list;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(MainView.LIGHT_THEME);
        list = new ListView<>(FXCollections.observableArrayList(item("Harbour reopens", "harbour.txt"), item("Port Elma votes", "vote.txt")));
        list.getStyleClass().add("library-list");
        list.setCellFactory(v -> new LibraryCell());
        Scene scene = new Scene(list, 420, 700);
        scene.getStylesheets().addAll(MainView.class.getResource("/org/newslens/ui/newslens.css").toExternalForm(), LibraryView.CSS);
        stage.setScene(scene);
        stage.show();
    }

    private static LibraryRow.Item item(String title, String file) {
        return new LibraryRow.Item(new LibraryEntry("hash-" + file, title, List.of(Path.of("news", file)), LocalDate.of(2024, 3, 12),
                "Harbour Post", 12, List.of(new EntitySummary("Paul Kern", EntityLabel.PERSON, List.of(), 3))), ReadingState.UNREAD);
    }

    @Test
    void emptyRowsAreWholePixelsHigh(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> empty = robot.lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.isVisible() && c.isEmpty()).map(n -> ((ListCell<?>) n).getHeight()).toList();
        assertFalse(empty.isEmpty(), "the list is longer than its two rows");
        assertTrue(empty.stream().allMatch(h -> h == Math.rint(h) && h >= 20 && h <= 60), "empty rows " + empty);
    }
}

package org.newslens.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. (Placeholder window; the reader is issue #2's work.) */
public class NewsLensApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(NewsLensApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("NewsLens");
        stage.setScene(new Scene(new Label("NewsLens"), 800, 600));
        stage.show();
    }
}

package org.newslens.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Work the window's first frame does not show, run right after that frame: the side pane in front is put into the
 * scene then, so the first frame styles and lays out only the reader and the window's bars (docs/benchmarks.md,
 * "Session 5: window on a quiet machine"). On the FX thread.
 */
public final class FirstFrame {
    private List<Runnable> waiting = new ArrayList<>();

    /** Watches the scene {@code root} joins; its first layout pass is the first frame. */
    public FirstFrame(Node root) {
        root.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    root.sceneProperty().removeListener(this);
                    Runnable[] once = new Runnable[1];
                    once[0] = () -> {
                        scene.removePostLayoutPulseListener(once[0]);
                        // after this pulse, not in it: the frame is drawn before the work starts
                        Platform.runLater(FirstFrame.this::runWaiting);
                    };
                    scene.addPostLayoutPulseListener(once[0]);
                }
            }
        });
    }

    /** Runs {@code task} once the first frame is drawn, or now if it was. */
    public void then(Runnable task) {
        if (waiting == null) {
            task.run();
        } else {
            waiting.add(task);
        }
    }

    /** Whether the first frame was drawn (and what waited for it ran). */
    public boolean isDrawn() {
        return waiting == null;
    }

    private void runWaiting() {
        List<Runnable> tasks = waiting;
        waiting = null;
        tasks.forEach(Runnable::run);
    }
}

package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.AppHome;
import org.newslens.ui.task.FxTaskExecutor;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A search index whose folder became a plain file is set aside and rebuilt when the window starts, and said once. */
@ExtendWith(ApplicationExtension.class)
class DamagedIndexWindowTest {
    @TempDir
    Path dir;

    private Workbench workbench;
    private FxTaskExecutor executor;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("index"), "not an index");
        executor = new FxTaskExecutor(2);
        workbench = new Workbench(new AppHome(home), executor, TestEntities.coreNlp());
        workbench.show(stage, List.of(), ReaderWindowTest.SEEDS);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> executor.running().isEmpty()).get());
        executor.shutdown();
    }

    @Test
    void aPlainFileInPlaceOfTheIndexIsSetAsideAndTheIndexRebuilt() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> workbench.viewModel().statusProperty().get().contains("search index was rebuilt"));
        String status = workbench.viewModel().statusProperty().get();
        assertTrue(status.contains("set aside as"), status);
        assertTrue(Files.isDirectory(home.resolve("index")), "a new index folder");
        try (Stream<Path> files = Files.list(home)) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().startsWith("index.damaged-")).toList();
            assertEquals(1, aside.size(), aside.toString());
            assertEquals("not an index", Files.readString(aside.get(0)), "the damaged file is kept, not deleted");
        }
    }
}

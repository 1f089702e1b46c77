package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.AppHome;
import org.newslens.nlp.CoreNlpRecogniser;
import org.newslens.nlp.EntityCache;
import org.newslens.nlp.EntityService;
import org.newslens.nlp.Mention;
import org.newslens.nlp.Tagger;
import org.newslens.nlp.Token;
import org.newslens.ui.entities.EntitiesViewModel;
import org.newslens.ui.entities.EntityItem;
import org.newslens.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long article's entities arrive in parts while the window stays usable, with how much is read; opening another
 * article interrupts the part being read and never reads the rest. The recogniser is NewsLens's own (rules, grouping,
 * parts) over a model-free tagger that can hold one part back, so the test sees the state between two parts.
 */
@ExtendWith(ApplicationExtension.class)
class ProgressiveEntitiesWindowTest {
    @TempDir
    static Path dir;

    private static final GatedTagger TAGGER = new GatedTagger();
    private Workbench workbench;
    private FxTaskExecutor executor;
    private Path first;
    private Path second;

    @Start
    void start(Stage stage) throws Exception {
        // three parts of about 200,000 characters: Alice Smith in the first, the held part second, Zulu Obi in the last
        StringBuilder text = new StringBuilder("Alice Smith opened the meeting on the roads.\n\n");
        String filler = "The committee met again and talked for a long time about the roads and the bridges.\n\n";
        while (text.length() < 250_000) {
            text.append(filler);
        }
        text.append("Gatekeeper said the bridges would wait.\n\n");
        while (text.length() < 450_000) {
            text.append(filler);
        }
        text.append("Zulu Obi closed the meeting.\n");
        first = Files.writeString(dir.resolve("long-meeting.txt"), text);
        second = Files.writeString(dir.resolve("short-note.txt"), "Bob Jones met the press in the morning.\n");
        executor = new FxTaskExecutor(2);
        EntityService service = new EntityService(new CoreNlpRecogniser(TAGGER), new EntityCache(dir.resolve("cache")));
        workbench = new Workbench(new AppHome(dir.resolve("home")), executor, service);
        workbench.show(stage, List.of(first.toString()), dir);
    }

    @AfterEach
    void stop() {
        TAGGER.release.countDown();
        assertEquals(List.of(), workbench.fxThreadGuard().violations(), "core services called on the FX thread");
        executor.shutdown();
    }

    private static void waitUntil(long seconds, Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aLongArticlesEntitiesArriveInPartsAndOpeningAnotherStopsItsRecognition(FxRobot robot) throws Exception {
        EntitiesViewModel entities = workbench.entities();
        assertTrue(TAGGER.holding.await(120, TimeUnit.SECONDS), "the second part is being read");
        waitUntil(30, () -> entities.status().progressProperty().get() > 0);

        // the first part's entities are listed and highlighted while the rest is read
        assertTrue(entities.status().busyProperty().get());
        assertNull(entities.analysisProperty().get(), "no complete result yet");
        double read = entities.status().progressProperty().get();
        assertTrue(read > 0.3 && read < 0.6, "about a third of the text read: " + read);
        assertEquals(List.of("Alice Smith"), entities.items().stream().map(EntityItem::name).toList());
        Mention alice = entities.items().get(0).mentions().get(0);
        StyleClassedTextArea area = robot.lookup("#article-text").queryAs(StyleClassedTextArea.class);
        assertTrue(area.getStyleOfChar(alice.start()).contains("entity-person"), "highlighted in the article");
        String status = robot.lookup("#entities-status").queryAs(Label.class).getText();
        assertTrue(status.contains("% read") && status.contains("1 entity"), status);
        ProgressIndicator progress = robot.lookup("#entities-progress").queryAs(ProgressIndicator.class);
        assertTrue(progress.isVisible() && progress.getProgress() == read, "the pane shows how much is read");

        robot.interact(() -> workbench.viewModel().open(second));
        waitUntil(60, () -> entities.analysisProperty().get() != null);

        assertTrue(TAGGER.interrupted.get(), "the part being read was interrupted");
        assertFalse(TAGGER.lastPartTagged.get(), "the rest of the first article was never read");
        assertEquals(List.of("Bob Jones"), entities.items().stream().map(EntityItem::name).toList());
        assertFalse(entities.status().failedProperty().get(), entities.status().textProperty().get());
        assertFalse(entities.status().busyProperty().get());
        assertEquals(second.getFileName().toString(), workbench.viewModel().reader().getArticle().source().getFileName().toString());
    }

    /** Words as tokens, one sentence a line; a few given words tagged PERSON by the "CoNLL model"; holds a part with "Gatekeeper". */
    static final class GatedTagger implements Tagger {
        private static final Pattern WORD = Pattern.compile("\\p{L}+|\\S");
        private static final Set<String> NAMES = Set.of("Alice", "Smith", "Bob", "Jones", "Zulu", "Obi");
        final CountDownLatch holding = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicBoolean interrupted = new AtomicBoolean();
        final AtomicBoolean lastPartTagged = new AtomicBoolean();

        @Override
        public List<Token> tag(String text) {
            if (text.contains("Gatekeeper")) {
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    interrupted.set(true);
                    throw new CancellationException("interrupted");
                }
            }
            if (text.contains("Zulu")) {
                lastPartTagged.set(true);
            }
            List<Token> out = new ArrayList<>();
            String[] lines = text.split("\n", -1);
            int lineStart = 0;
            for (int line = 0; line < lines.length; line++) {
                for (Matcher m = WORD.matcher(lines[line]); m.find(); ) {
                    String tag = NAMES.contains(m.group()) ? "PERSON" : Token.NONE;
                    out.add(new Token(m.group(), lineStart + m.start(), lineStart + m.end(), line, tag, tag, Token.NONE));
                }
                lineStart += lines[line].length() + 1;
            }
            return out;
        }

        @Override
        public String version() {
            return "gated-test-tagger";
        }
    }
}

package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.article.TextRange;
import org.newslens.ui.search.SearchFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Open the article there" (a graph link's sentence, an entity page row, a timeline date: the shared jump) for a long
 * article that is not the one on screen: once it is shown, the sentence is selected in the reader and in view.
 */
@ExtendWith(ApplicationExtension.class)
class ArticleJumpWindowTest {
    static final String SENTENCE = "Maria Ortiz signed the harbour lease on the last page.";

    @TempDir
    Path dir;
    private FastWindow window;

    @Start
    void start(Stage stage) {
        window = FastWindow.open(stage, dir, "short.txt", "A short note.\n\nNothing else happened.");
    }

    @AfterEach
    void stop() {
        window.close();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    /** A saved news page of some 400 paragraphs, the sentence near its end. */
    static String longText() {
        StringBuilder text = new StringBuilder("The harbour story\n\n");
        for (int i = 1; i <= 400; i++) {
            text.append("Paragraph ").append(i).append(" tells how the quay was rebuilt, stone by stone, over the winter months")
                    .append(" while the boats waited in the outer basin.");
            if (i == 360) {
                text.append(' ').append(SENTENCE);
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    @Test
    void aSentenceOfALongArticleNotOnScreenIsSelectedAndInView(FxRobot robot) throws Exception {
        FastWindow.waitUntil(() -> window.workbench.state().article() != null);
        Path file = SearchFixtures.write(dir.resolve("articles"), "long.txt", longText());
        Article loaded = new ArticleLoader().load(file);
        int start = loaded.text().indexOf(SENTENCE);
        assertTrue(start > 0);
        int end = start + SENTENCE.length();

        robot.interact(() -> window.workbench.entityPage().model().jump(file.toString(), loaded.contentHash(), start, end));
        StyleClassedTextArea area = FastWindow.area(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> window.workbench.state().article() != null
                && window.workbench.state().article().source().endsWith("long.txt") && SENTENCE.equals(area.getSelectedText())
                && inView(area, start)));
        TextRange selected = fx(() -> window.workbench.state().selectionProperty().get());
        assertEquals(SENTENCE, loaded.text().substring(selected.start(), selected.end()));
    }

    /** True when the character at {@code offset} is on screen in the reader. */
    static boolean inView(StyleClassedTextArea area, int offset) {
        Bounds target = area.getCharacterBoundsOnScreen(offset, offset + 1).orElse(null);
        Bounds viewport = area.localToScreen(area.getLayoutBounds());
        return target != null && viewport != null && viewport.contains(target.getMinX() + 1, target.getMinY() + 1)
                && viewport.contains(target.getMaxX() - 1, target.getMaxY() - 1);
    }
}

package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.ui.reader.ReaderView;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.state.ArticleJump;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A jump whose listener hears of the newly shown article before the reader has put its text in (the jump was made
 * before the view): the sentence of the long article is still selected and scrolled into view once the text is in.
 */
@ExtendWith(ApplicationExtension.class)
class ArticleJumpOrderWindowTest {
    @TempDir
    Path dir;
    private ReaderViewModel reader;
    private ArticleJump jump;
    private Article longArticle;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("long.txt");
        Files.writeString(file, ArticleJumpWindowTest.longText());
        longArticle = new ArticleLoader().load(file);
        Path shortFile = Files.writeString(dir.resolve("short.txt"), "A short note.\n\nNothing else happened.");
        reader = new ReaderViewModel();
        jump = new ArticleJump(reader, path -> reader.show(longArticle)); // made first: its listener runs before the view's
        ReaderView view = new ReaderView(reader);
        reader.show(new ArticleLoader().load(shortFile));
        stage.setScene(new Scene(view, 700, 500));
        stage.show();
    }

    @Test
    void theSentenceIsSelectedAndInViewWhateverOrderTheListenersRunIn(FxRobot robot) throws Exception {
        int start = longArticle.text().indexOf(ArticleJumpWindowTest.SENTENCE);
        int end = start + ArticleJumpWindowTest.SENTENCE.length();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> jump.to(longArticle.source(), longArticle.contentHash(), start, end));
        StyleClassedTextArea area = robot.lookup("#article-text").queryAs(StyleClassedTextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                ArticleJumpWindowTest.SENTENCE.equals(area.getSelectedText()) && ArticleJumpWindowTest.inView(area, start)).get());
        assertEquals(start, WaitForAsyncUtils.asyncFx(() -> reader.selectionProperty().get().start()).get());
    }
}

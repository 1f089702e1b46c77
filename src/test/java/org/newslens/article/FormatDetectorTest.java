package org.newslens.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {
    private final FormatDetector detector = new FormatDetector();

    private SourceFormat detect(String name, String content) {
        return detector.detect(Path.of("/articles", name), content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void extensionsDecideForOrdinaryContent() {
        assertEquals(SourceFormat.TEXT, detect("story.txt", "Words."));
        assertEquals(SourceFormat.TEXT, detect("STORY", "Words."));
        assertEquals(SourceFormat.TEXT, detect(".hidden", "Words."));
        assertEquals(SourceFormat.MARKDOWN, detect("story.md", "Words."));
        assertEquals(SourceFormat.MARKDOWN, detect("Story.MARKDOWN", "Words."));
        assertEquals(SourceFormat.HTML, detect("story.htm", "Words."));
        assertEquals(SourceFormat.HTML, detect("story.html", "Words."));
        assertEquals(SourceFormat.HTML, detect("story.XHTML", "Words."));
        assertEquals(SourceFormat.TEXT, detect("story.log", "Words."));
    }

    @Test
    void contentThatStartsLikeAPageIsHtmlWhateverItsName() {
        assertEquals(SourceFormat.HTML, detect("saved", "<!DOCTYPE html><html><body>x</body></html>"));
        assertEquals(SourceFormat.HTML, detect("saved.txt", "\n  <html lang=\"en\"><body>x</body></html>"));
        assertEquals(SourceFormat.HTML, detect("saved.md", "<!-- saved from url=(0042)https://example.org -->\n<html><body>x</body></html>"));
        assertEquals(SourceFormat.HTML, detect("page.txt", "<?xml version=\"1.0\"?>\n<!doctype html><html></html>"));
        assertEquals(SourceFormat.HTML, detect("page.txt", "\uFEFF<!doctype html><html></html>"));
    }

    @Test
    void textThatMerelyMentionsHtmlIsNot() {
        assertEquals(SourceFormat.TEXT, detect("notes.txt", "How to write <html> by hand.\n\n<html> is the root."));
        assertEquals(SourceFormat.MARKDOWN, detect("notes.md", "# Notes\n\n<div>inline html</div>"));
    }
}

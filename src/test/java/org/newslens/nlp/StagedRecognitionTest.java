package org.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loads the real models: an article read in parts, the lines on screen first, ends with exactly the whole reading's entities. */
class StagedRecognitionTest {
    private static final Path SEED = Path.of("seeds/000_2eaa2faa629b3bd4.txt");

    @Test
    void theLinesOnScreenComeFirstAndTheLastPartGivesTheWholeResult() throws Exception {
        String text = Files.readString(SEED);
        CoreNlpRecogniser recogniser = new CoreNlpRecogniser();
        int screenFrom = text.indexOf("\n", text.length() / 2);
        int screenTo = screenFrom + 600;
        StagedRecognition staged = recogniser.staged(text, screenFrom, screenTo);

        EntityAnalysis firstPart = staged.step(RecognitionProgress.NONE);
        assertFalse(staged.isDone(), "more than one part");
        int linesFrom = text.lastIndexOf('\n', screenFrom);
        int linesTo = text.indexOf('\n', screenTo);
        assertFalse(firstPart.mentions().isEmpty());
        for (Mention m : firstPart.mentions()) {
            assertTrue(m.start() >= linesFrom && m.end() <= linesTo, m + " lies on the lines on screen");
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
        double before = staged.fraction();
        assertTrue(before > 0 && before < 1, "part of the text read: " + before);
        while (!staged.isDone()) {
            staged.step(RecognitionProgress.NONE);
        }
        assertEquals(1.0, staged.fraction());
        assertEquals(recogniser.recognise(text), staged.latest());
    }

    @Test
    void aCachedResultNeedsNoStep(@org.junit.jupiter.api.io.TempDir Path dir) {
        EntityService service = new EntityService(new CoreNlpRecogniser(new WordTagger("w")), new EntityCache(dir));
        String text = "Nothing to find here.\n";
        EntityAnalysis first = service.analyseText(text);
        StagedRecognition staged = service.staged(text, 0, text.length());
        assertTrue(staged.isDone());
        assertEquals(first, staged.latest());
        assertEquals(List.of(), staged.latest().mentions());
    }
}

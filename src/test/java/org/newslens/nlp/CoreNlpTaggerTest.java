package org.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoreNlpTaggerTest {

    @Test
    void chunksCoverTheWholeTextAndEndOnlyAtNewlines() {
        String text = "First paragraph here.\n\nSecond one, a bit longer.\n\nThird.\n\nFourth and last paragraph.";
        List<int[]> chunks = CoreNlpTagger.chunks(text, 20);
        assertTrue(chunks.size() > 1);
        int expectedStart = 0;
        for (int[] c : chunks) {
            assertEquals(expectedStart, c[0]);
            assertTrue(c[1] == text.length() || text.charAt(c[1]) == '\n', "cut inside a line at " + c[1]);
            expectedStart = c[1];
        }
        assertEquals(text.length(), expectedStart);
    }

    @Test
    void aLineLongerThanAChunkStaysWhole() {
        String text = "x".repeat(50) + "\n" + "y".repeat(5);
        List<int[]> chunks = CoreNlpTagger.chunks(text, 10);
        assertEquals(50, chunks.get(0)[1]);
        assertEquals(text.length(), chunks.get(chunks.size() - 1)[1]);
    }

    @Test
    void aShortTextIsOneChunk() {
        assertEquals(1, CoreNlpTagger.chunks("Just one line.", 20_000).size());
        assertEquals(0, CoreNlpTagger.chunks("", 20_000).size());
    }

    /** Loads the real models (a few seconds): tagging in small chunks gives the same tokens and answers. */
    @Test
    void taggingInChunksGivesTheSameAnswersAsTaggingAtOnce() {
        String text = String.join("\n\n",
                "Maria Lindqvist flew from Stockholm to Nairobi on Monday.",
                "The Kenyan Red Cross said 4,000 people were displaced.",
                "Lindqvist met officials of the United Nations in Nairobi.");
        CoreNlpTagger tagger = new CoreNlpTagger();
        List<Token> whole = tagger.tag(text, 100_000);
        List<Token> chunked = tagger.tag(text, 30);
        assertEquals(whole, chunked);
        assertTrue(whole.stream().anyMatch(t -> t.word().equals("Nairobi") && t.start() > 100));
    }
}

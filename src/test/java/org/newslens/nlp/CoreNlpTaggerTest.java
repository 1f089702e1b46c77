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
    void aLineLongerThanAFewChunksIsCutAtASpace() {
        String text = "abc ".repeat(30) + "\n" + "y".repeat(5);
        List<int[]> chunks = CoreNlpTagger.chunks(text, 10);
        assertTrue(chunks.size() > 2);
        int expectedStart = 0;
        for (int[] c : chunks) {
            assertEquals(expectedStart, c[0]);
            assertTrue(c[1] - c[0] <= 10 * CoreNlpTagger.LONG_LINE_FACTOR, "chunk of " + (c[1] - c[0]));
            assertTrue(c[1] == text.length() || Character.isWhitespace(text.charAt(c[1])), "cut inside a word at " + c[1]);
            expectedStart = c[1];
        }
        assertEquals(text.length(), expectedStart);
    }

    @Test
    void aLineUpToAFewChunksLongStaysWhole() {
        String text = "x".repeat(40) + " " + "x".repeat(9) + "\n" + "y".repeat(5);
        List<int[]> chunks = CoreNlpTagger.chunks(text, 10);
        assertEquals(50, chunks.get(0)[1]);
        assertEquals(text.length(), chunks.get(chunks.size() - 1)[1]);
    }

    @Test
    void anOverlongRunOfLettersIsAPieceOfItsOwn() {
        String word = "a".repeat(CoreNlpTagger.MAX_TOKEN_CHARS + 1);
        String text = "Before it " + word + " after it.";
        List<int[]> chunks = CoreNlpTagger.chunks(text, 20_000);
        assertEquals(3, chunks.size());
        assertEquals(CoreNlpTagger.LONG_RUN, chunks.get(1)[2]);
        assertEquals(word, text.substring(chunks.get(1)[0], chunks.get(1)[1]));
        String shorter = "Before it " + "a".repeat(CoreNlpTagger.MAX_TOKEN_CHARS) + " after it.";
        assertEquals(1, CoreNlpTagger.chunks(shorter, 20_000).size());
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

    /** Loads the real models: a 200,000-letter word is one untagged token and costs no model time; names around it are found. */
    @Test
    void aHugeWordIsOneUntaggedTokenAndTheNamesAroundItAreStillFound() {
        String word = "x".repeat(200_000);
        String text = "Angela Merkel met Emmanuel Macron in Paris " + word + " on Monday.\n\nMerkel left Paris.";
        long t0 = System.nanoTime();
        List<Token> tokens = new CoreNlpTagger().tag(text);
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        Token huge = tokens.stream().filter(t -> t.word().length() == word.length()).findFirst().orElseThrow();
        assertEquals(Token.NONE, huge.conll());
        assertEquals(text.indexOf(word), huge.start());
        assertTrue(tokens.stream().anyMatch(t -> t.word().equals("Macron") && t.conll().equals("PERSON")));
        assertTrue(tokens.stream().anyMatch(t -> t.word().equals("Merkel") && t.start() > huge.end() && t.conll().equals("PERSON")));
        assertTrue(seconds < 60, "took " + seconds + " s"); // generous: without the bound this ran out of memory
    }

    @Test
    void aSentenceLongerThanTheBoundIsReadInWindowsAndKeepsItsNames() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < CoreNlpTagger.MAX_SENTENCE_TOKENS * 2; i++) {
            text.append("and then ");
        }
        text.append("Angela Merkel spoke in Berlin");
        List<Token> tokens = new CoreNlpTagger().tag(text.toString());
        assertEquals(CoreNlpTagger.MAX_SENTENCE_TOKENS * 4 + 5, tokens.size());
        assertEquals(1, tokens.stream().mapToInt(Token::sentence).distinct().count());
        assertTrue(tokens.stream().anyMatch(t -> t.word().equals("Merkel") && t.conll().equals("PERSON")));
        assertTrue(tokens.stream().anyMatch(t -> t.word().equals("Berlin") && t.conll().equals("LOCATION")));
    }
}

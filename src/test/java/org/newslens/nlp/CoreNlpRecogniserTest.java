package org.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules after tagging, on tags written for the test (no models loaded). */
class CoreNlpRecogniserTest {
    private final CoreNlpRecogniser recogniser = new CoreNlpRecogniser(new WordTagger("test"));

    private List<String> found(String spec) {
        Tokens.Built b = Tokens.of(spec);
        return recogniser.fromTokens(b.text, b.tokens).mentions().stream()
                .map(m -> m.text() + "=" + m.label()).toList();
    }

    @Test
    void aKnownNameIsFoundAsThePrefixOfAHyphenatedWord() {
        assertEquals(List.of("Dranmoor=PLACE", "Dranmoor=PLACE"),
                found("Dranmoor/L is calm . | A Dranmoor-based firm ."));
    }

    @Test
    void aHyphenatedPlaceIntroducedAsACapitalIsOnePlace() {
        assertEquals(List.of("Qiri-e-Tal=PLACE"), found("Rebels took Qiri-e-Tal , the capital of the north ."));
    }

    @Test
    void aDurationInsideAHyphenatedWordKeepsItsOwnBounds() {
        assertEquals(List.of("three decades=DATE"), found("A three decades-long war ."));
    }

    @Test
    void aSentenceFinalAbbreviationEndsBeforeTheFullStop() {
        assertEquals(List.of("Velstrom Co=GROUP"), found("He joined Velstrom/G Co./G | Then he left ."));
    }

    /** A text above the segment size: each mention's offsets still point at its text, progress reaches the end. */
    @Test
    void aHugeTextIsRecognisedInSegmentsWithProgressAndConsistentOffsets() {
        StringBuilder sb = new StringBuilder();
        int paragraph = 0;
        while (sb.length() <= CoreNlpRecogniser.SEGMENT_CHARS * 2) {
            sb.append("In ").append(1900 + paragraph % 100).append(" about ").append(paragraph).append(" sailors left.\n\n");
            paragraph++;
        }
        String text = sb.toString();
        List<long[]> updates = new java.util.ArrayList<>();
        EntityAnalysis a = recogniser.recognise(text, (done, total) -> updates.add(new long[] {done, total}));
        assertEquals(true, updates.size() >= 3, updates.size() + " progress updates");
        assertEquals(text.length(), updates.get(updates.size() - 1)[0]);
        for (int i = 1; i < updates.size(); i++) {
            assertEquals(true, updates.get(i)[0] > updates.get(i - 1)[0]);
        }
        assertEquals(paragraph * 2, a.mentions().size());
        for (Mention m : a.mentions()) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
        Mention last = a.mentions().get(a.mentions().size() - 1);
        assertEquals("about " + (paragraph - 1), last.text());
    }

    @Test
    void aHugeTextIsGivenUpWhenTheThreadIsInterrupted() {
        String text = "In 1987 about 300 sailors left.\n\n".repeat(CoreNlpRecogniser.SEGMENT_CHARS / 20);
        Thread.currentThread().interrupt();
        try {
            org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                    () -> recogniser.recognise(text));
        } finally {
            Thread.interrupted();
        }
    }
}

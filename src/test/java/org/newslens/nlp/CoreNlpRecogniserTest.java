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
}

package org.newslens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The shared wording of a failure and the shared edit distances. */
class ErrorsAndDistancesTest {
    @Test
    void aFailureIsItsOwnMessageOrItsCausesOrItsKind() {
        assertEquals("disk full", Errors.message(new IOException("disk full")));
        assertEquals("disk full", Errors.message(new UncheckedIOException(null, new IOException("disk full"))));
        assertEquals("OutOfMemoryError", Errors.message(new OutOfMemoryError()));
        assertEquals("IllegalStateException", Errors.message(new IllegalStateException(" ")));
    }

    @Test
    void levenshteinCountsATranspositionAsTwoEditsTheBoundedDistanceAsOne() {
        assertEquals(0, EditDistance.levenshtein("Kandor", "Kandor"));
        assertEquals(1, EditDistance.levenshtein("Kandor", "Kandr"));
        assertEquals(2, EditDistance.levenshtein("Kandor", "Kadnor"));
        assertEquals(3, EditDistance.levenshtein("", "abc"));
        int[] kandor = "kandor".codePoints().toArray();
        assertEquals(1, EditDistance.bounded(kandor, "kadnor".codePoints().toArray(), 6, 2));
        assertEquals(3, EditDistance.bounded(kandor, "xyzzor".codePoints().toArray(), 6, 2), "beyond the bound: max + 1");
        assertEquals(1, EditDistance.bounded("qaida".codePoints().toArray(), "qaeda".codePoints().toArray(), 5, 2));
    }
}

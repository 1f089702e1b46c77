package org.newslens.ui.entitypage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Back and Forward between entity pages behave as a browser's. */
class PageTrailTest {
    private final PageTrail trail = new PageTrail();

    @Test
    void backThenForwardReturnsAndOpeningAnotherPageForgetsTheWayForward() {
        assertFalse(trail.canBackProperty().get());
        trail.leave("Kade");
        trail.leave("Ortiz");
        assertTrue(trail.canBackProperty().get());
        assertEquals(Optional.of("Ortiz"), trail.back("Kandor"));
        assertEquals(Optional.of("Kade"), trail.back("Ortiz"));
        assertFalse(trail.canBackProperty().get());
        assertEquals(Optional.empty(), trail.back("Kade"));
        assertEquals(Optional.of("Ortiz"), trail.forward("Kade"));
        assertTrue(trail.canForwardProperty().get());
        trail.leave("Ortiz");
        assertFalse(trail.canForwardProperty().get(), "a new page ends the way forward");
        assertEquals(Optional.empty(), trail.forward("Ruiz"));
    }
}

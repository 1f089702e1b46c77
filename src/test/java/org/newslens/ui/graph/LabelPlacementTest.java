package org.newslens.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;

/** Node labels stay inside the canvas and none covers a bigger node's label (placed first). */
class LabelPlacementTest {
    @Test
    void aLabelAtTheRightEdgeIsMovedInsideNotCutOff() {
        Bounds box = new LabelPlacement(400, 300).place(395, 100, 6, 80, 14);
        assertTrue(box.getMaxX() <= 400 && box.getMinX() >= 0, box.toString());
        assertEquals(108, box.getMinY(), "under the node");
    }

    @Test
    void aLabelAtTheBottomGoesAboveItsNode() {
        Bounds box = new LabelPlacement(400, 300).place(200, 295, 6, 80, 14);
        assertTrue(box.getMaxY() <= 300, box.toString());
        assertTrue(box.getMaxY() <= 295 - 6, "above the node: " + box);
    }

    @Test
    void aLabelThatWouldCoverOnePlacedBeforeIsLeftOut() {
        LabelPlacement place = new LabelPlacement(400, 300);
        assertNotNull(place.place(200, 100, 12, 90, 14), "the bigger node's, placed first");
        assertNull(place.place(210, 102, 4, 70, 14));
        assertNotNull(place.place(200, 200, 4, 70, 14), "one further down has room");
        assertEquals(2, place.placed().size());
    }
}

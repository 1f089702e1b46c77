package org.newslens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DateTimesTest {
    @Test
    void theFirstShapeThatReadsTheTextWins() {
        assertEquals(OffsetDateTime.parse("2024-05-01T09:30+02:00"),
                DateTimes.read("2024-05-01T09:30:00+02:00", DateTimes.OFFSET, DateTimes.DAY_UTC));
        assertEquals(OffsetDateTime.parse("2024-05-01T00:00Z"),
                DateTimes.read("2024-05-01", DateTimes.OFFSET, DateTimes.DAY_UTC));
    }

    @Test
    void eachShapeReadsItsOwnWriting() {
        assertEquals(OffsetDateTime.parse("2024-05-01T09:30Z"), DateTimes.read("2024-05-01T09:30:00Z", DateTimes.INSTANT));
        assertEquals(OffsetDateTime.parse("2024-05-01T09:30+02:00"),
                DateTimes.read("2024-05-01T09:30:00+02:00[Europe/Paris]", DateTimes.ZONED));
        assertEquals(OffsetDateTime.parse("2024-05-01T09:30Z"), DateTimes.read("2024-05-01T09:30:00", DateTimes.LOCAL_UTC));
        assertEquals(OffsetDateTime.parse("2024-05-01T09:30Z"), DateTimes.read("Wed, 1 May 2024 09:30:00 GMT", DateTimes.RFC_1123));
    }

    @Test
    void aTextNoShapeReadsIsNull() {
        assertNull(DateTimes.read("yesterday", DateTimes.OFFSET, DateTimes.DAY_UTC, DateTimes.RFC_1123));
        assertNull(DateTimes.read("2024-05-01", DateTimes.OFFSET));
    }
}

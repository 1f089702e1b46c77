package org.newslens.annotation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.newslens.app.DateTimes;

/** The date-times annotation files use: ISO 8601 with a zone ("Z", "+00:00"), or without one (taken as UTC). */
final class Dates {
    private Dates() {
    }

    static Instant instant(JsonNode node, Instant fallback, String where) throws AnnotationFormatException {
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        String s = node.asText();
        OffsetDateTime read = DateTimes.read(s, DateTimes.INSTANT, DateTimes.OFFSET, DateTimes.LOCAL_UTC);
        if (read == null) {
            throw new AnnotationFormatException(where + " has a bad date '" + AnnotationReader.shorten(s) + "'");
        }
        return read.toInstant();
    }
}

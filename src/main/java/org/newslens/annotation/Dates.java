package org.newslens.annotation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The date-times annotation files use: ISO 8601 with a zone ("Z", "+00:00"), or without one (taken as UTC). */
final class Dates {
    private Dates() {
    }

    static Instant instant(JsonNode node, Instant fallback, String where) throws AnnotationFormatException {
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        String s = node.asText();
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException ignored) {
                try {
                    return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException alsoIgnored) {
                    // reported below with the original problem
                }
            }
            throw new AnnotationFormatException(where + " has a bad date '" + AnnotationReader.shorten(s) + "'", e);
        }
    }
}

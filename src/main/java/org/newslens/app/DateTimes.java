package org.newslens.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reading the date-times that files and pages carry, each reader with the shapes it accepts, tried in order:
 * the first that reads the text wins.
 */
public final class DateTimes {
    /** ISO 8601 with an offset: "2024-05-01T09:30:00Z", "2024-05-01T09:30:00+02:00". */
    public static final Shape OFFSET = OffsetDateTime::parse;
    /** An instant as {@link Instant#parse} reads it, at UTC. */
    public static final Shape INSTANT = s -> Instant.parse(s).atOffset(ZoneOffset.UTC);
    /** ISO 8601 with a zone: "2024-05-01T09:30:00+02:00[Europe/Paris]". */
    public static final Shape ZONED = s -> ZonedDateTime.parse(s).toOffsetDateTime();
    /** ISO 8601 without an offset ("2024-05-01T09:30:00"), taken as UTC. */
    public static final Shape LOCAL_UTC = s -> LocalDateTime.parse(s).atOffset(ZoneOffset.UTC);
    /** A day ("2024-05-01", or the first ten characters of a longer text), from its start, UTC. */
    public static final Shape DAY_UTC = s -> LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s).atStartOfDay()
            .atOffset(ZoneOffset.UTC);
    /** RFC 1123, as e-mail and HTTP write it: "Wed, 1 May 2024 09:30:00 GMT". */
    public static final Shape RFC_1123 = s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime();

    private DateTimes() {
    }

    /** One way to write a date-time; {@link DateTimeParseException} when the text is not written so. */
    @FunctionalInterface
    public interface Shape {
        OffsetDateTime read(String text);
    }

    /** {@code text} read by the first of {@code shapes} that can, or null when none can. */
    public static OffsetDateTime read(String text, Shape... shapes) {
        for (Shape shape : shapes) {
            try {
                return shape.read(text);
            } catch (DateTimeParseException notThisShape) {
                // try the next one
            }
        }
        return null;
    }
}

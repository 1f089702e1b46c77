package org.newslens.annotation;

import java.time.Instant;
import java.util.Objects;

/**
 * A correction of one entity across the whole library, laid over every article after the article's own
 * corrections. Names compare as the library compares them (any case, no surrounding space).
 *
 * @param kind   what is done
 * @param entity the entity's name as it stands before the correction
 * @param other  the entity it joins ({@link Kind#MERGE}), its new name ({@link Kind#RENAME}), or the alias that
 *               leaves it to become an entity of its own ({@link Kind#SPLIT})
 * @param made   when it was made: with the rest, what tells two equal-looking corrections apart (for undo)
 */
public record LibraryCorrection(Kind kind, String entity, String other, Instant made) {

    public enum Kind {
        /** Every mention of {@code entity} joins the entity {@code other} (which takes its name). */
        MERGE,
        /** {@code entity} is called {@code other}; its old name stays an alias. */
        RENAME,
        /** The mentions of {@code entity} written {@code other} become an entity of their own, named so. */
        SPLIT
    }

    public LibraryCorrection {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(made, "made");
        entity = entity == null ? "" : entity.strip();
        other = other == null ? "" : other.strip();
        if (entity.isEmpty() || other.isEmpty()) {
            throw new IllegalArgumentException("a library correction needs two names");
        }
        if (entity.equalsIgnoreCase(other) && !(kind == Kind.RENAME && !entity.equals(other))) {
            throw new IllegalArgumentException("“" + entity + "” and “" + other + "” are the same name");
        }
    }

    public static LibraryCorrection merge(String entity, String into, Instant made) {
        return new LibraryCorrection(Kind.MERGE, entity, into, made);
    }

    public static LibraryCorrection rename(String entity, String newName, Instant made) {
        return new LibraryCorrection(Kind.RENAME, entity, newName, made);
    }

    public static LibraryCorrection split(String entity, String alias, Instant made) {
        return new LibraryCorrection(Kind.SPLIT, entity, alias, made);
    }

    /** The name the corrected entity goes by afterwards (its page's name). */
    public String resultName() {
        return kind == Kind.SPLIT ? entity : other;
    }

    /** For menus and undo: "Merge “Ortiz” into “Maria Ortiz” (whole library)". */
    public String describe() {
        return switch (kind) {
            case MERGE -> "Merge “" + entity + "” into “" + other + "”";
            case RENAME -> "Rename “" + entity + "” to “" + other + "”";
            case SPLIT -> "Split “" + other + "” off “" + entity + "”";
        } + " (whole library)";
    }
}

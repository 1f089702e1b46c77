package org.newslens.annotation;

import java.util.Objects;
import org.newslens.nlp.EntityLabel;

/**
 * One correction the reader made to entity recognition. Corrections are keyed by span and surface text,
 * never by the recogniser's entity ids, so they still apply after recognition runs again.
 *
 * @param start        start of the corrected mention ({@link Scope#THIS}); for {@link Scope#ALL} the mention
 *                     the reader acted on, kept for reference
 * @param text         the mention's surface text; for {@link Kind#MERGE} the name of the entity merged away
 * @param label        the category for {@link Kind#MARK}; null otherwise
 * @param targetEntity the entity name mentions join, for {@link Kind#ASSIGN} and {@link Kind#MERGE}
 */
public record EntityCorrection(Kind kind, Scope scope, int start, int end, String text, EntityLabel label,
                               String targetEntity) {

    public enum Kind {
        /** The span is a mention of this category: a new mention, or a changed category. */
        MARK,
        /** Not an entity at all. */
        REMOVE,
        /** The mention becomes its own entity, named by its text. */
        SPLIT,
        /** The mention belongs to the entity named {@code targetEntity}. */
        ASSIGN,
        /** Every mention of the entity named {@code text} joins the entity named {@code targetEntity}. */
        MERGE
    }

    /** This one mention, or every identical mention (same surface text) in the article. */
    public enum Scope { THIS, ALL }

    public EntityCorrection {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a correction needs the mention's text");
        }
        if (kind == Kind.MARK && label == null) {
            throw new IllegalArgumentException("marking a mention needs a category");
        }
        if ((kind == Kind.ASSIGN || kind == Kind.MERGE) && (targetEntity == null || targetEntity.isBlank())) {
            throw new IllegalArgumentException("this correction needs the entity to join");
        }
        if (kind != Kind.MERGE && (start < 0 || end - start != text.length())) {
            throw new IllegalArgumentException("span " + start + ".." + end + " does not fit the text '" + text + "'");
        }
    }

    public static EntityCorrection mark(int start, int end, String text, EntityLabel label, Scope scope) {
        return new EntityCorrection(Kind.MARK, scope, start, end, text, label, null);
    }

    public static EntityCorrection remove(int start, int end, String text, Scope scope) {
        return new EntityCorrection(Kind.REMOVE, scope, start, end, text, null, null);
    }

    public static EntityCorrection split(int start, int end, String text, Scope scope) {
        return new EntityCorrection(Kind.SPLIT, scope, start, end, text, null, null);
    }

    public static EntityCorrection assign(int start, int end, String text, String targetEntity, Scope scope) {
        return new EntityCorrection(Kind.ASSIGN, scope, start, end, text, null, targetEntity);
    }

    public static EntityCorrection merge(String entityName, String intoEntityName) {
        return new EntityCorrection(Kind.MERGE, Scope.ALL, -1, -1, entityName, null, intoEntityName);
    }

    /** For menus and undo: "Mark “Badghis” as Place (every mention)". */
    public String describe() {
        String every = scope == Scope.ALL ? " (every mention)" : "";
        return switch (kind) {
            case MARK -> "Mark “" + text + "” as " + label.displayName() + every;
            case REMOVE -> "Not an entity: “" + text + "”" + every;
            case SPLIT -> "Split “" + text + "” into its own entity" + every;
            case ASSIGN -> "“" + text + "” is " + targetEntity + every;
            case MERGE -> "Merge " + text + " into " + targetEntity;
        };
    }

    /** Same correction at another place, after the article's text changed. */
    public EntityCorrection movedTo(int newStart) {
        return new EntityCorrection(kind, scope, newStart, newStart + text.length(), text, label, targetEntity);
    }
}

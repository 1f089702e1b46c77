package org.newslens.index;

import org.newslens.nlp.EntityLabel;

/**
 * A completion offered while typing: {@code text} is the name or alias that matched what was typed,
 * {@code entity} the canonical name it belongs to, and {@code query} the search to run when it is picked,
 * e.g. {@code entity:"Vladimir Putin"}.
 */
public record Suggestion(String text, String entity, EntityLabel label, int mentions, String query) {
}

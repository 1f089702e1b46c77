package org.newslens.index;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newslens.nlp.EntityLabel;

/** Field names of the index, and the names a user may type before a colon in the query bar. */
final class IndexFields {
    private IndexFields() {
    }

    /** Bumped whenever documents are built differently; an index of another schema is rebuilt from scratch. */
    static final String SCHEMA_VERSION = "2";
    static final String SCHEMA_KEY = "newslens.schema";

    /** Identity of an indexed article: its file, or its content hash for text without a file. */
    static final String KEY = "key";
    static final String HASH = "hash";
    /** A fingerprint of the entities the article was indexed with: a correction changes it, so it is indexed again. */
    static final String ENTITY_PRINT = "entityPrint";
    /** Every folder above the article's file, so a search can be limited to a folder. */
    static final String FOLDER = "folder";
    static final String FILE = "file";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String PARAGRAPHS = "paragraphs";
    static final String ENTITIES = "entities";

    /** The article text, stemmed: words, phrases and proximity queries. */
    static final String TEXT = "text";
    /** The article text, folded but not stemmed: wildcard, prefix, fuzzy and regular-expression queries. */
    static final String EXACT = "exact";
    /** Every entity mention, under every name its entity goes by. */
    static final String ENTITY = "entity";

    private static final Map<EntityLabel, String> LABEL_FIELDS = Map.of(
            EntityLabel.PERSON, "person",
            EntityLabel.PLACE, "place",
            EntityLabel.GROUP, "group",
            EntityLabel.FIGURE, "figure",
            EntityLabel.DATE, "date");

    static final String USER_FIELDS = "person, place, group, figure, date, entity";

    static String field(EntityLabel label) {
        return LABEL_FIELDS.get(label);
    }

    /** The index field for a name typed in the query bar, or empty when there is no such field. */
    static Optional<String> userField(String typed) {
        String name = typed.toLowerCase(Locale.ROOT);
        if (name.equals(TEXT) || name.equals(ENTITY) || LABEL_FIELDS.containsValue(name)) {
            return Optional.of(name);
        }
        return Optional.empty();
    }
}

package org.newslens.index;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newslens.nlp.EntityLabel;

/** Field names of the index, and the names a user may type before a colon in the query bar. */
final class IndexFields {
    private IndexFields() {
    }

    /**
     * Bumped whenever documents are built differently; an index of another schema is rebuilt from scratch. The entity
     * categories are part of it: the binary entity lists store a category as its place among them.
     */
    static final String SCHEMA_VERSION = "8:" + Arrays.stream(EntityLabel.values()).map(Enum::name).collect(Collectors.joining(","));
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
    /** Each mention as three ints (index into the stored entity list, start, end): the library's entity pages and graphs. */
    static final String MENTIONS = "mentions";
    /** The article's quotes with their speakers ({@link QuoteTable}): the library's entity pages read them. */
    static final String QUOTES = "quotes";
    /** Binary doc values: what library-wide totals read without the text ({@link ArticleTable}). */
    static final String ARTICLE_TABLE = "articleTable";
    /** Every entity's name and aliases, stripped and lower-cased (Locale.ROOT), one term each: an entity's page finds its articles. */
    static final String ENTITY_NAME = "entityName";
    /** The publication date the document gives (ISO-8601), when it gives one. */
    static final String PUBLISHED = "published";
    /** The day the article speaks from (ISO date): its publication date, else its dateline; absent when neither. */
    static final String DATED = "dated";
    /** The site or publication the document names, when it names one. */
    static final String SITE = "site";

    /** The article text, stemmed: words, phrases and proximity queries. */
    static final String TEXT = "text";
    /** The article text, folded but not stemmed: wildcard, prefix, fuzzy and regular-expression queries. */
    static final String EXACT = "exact";
    /** Every entity mention, under every name its entity goes by. */
    static final String ENTITY = "entity";
    /** Each quote's speaker names, at the quote's range ({@link AnalysisFields}). */
    static final String SPEAKER = "speaker";
    /** The words of every quote and reported statement, stemmed, at their offsets. */
    static final String QUOTE = "quote";
    /** Each normalised DATE mention as "first/last" day, at the mention: what {@code date:[… TO …]} searches. */
    static final String DATE_SPAN = "dateSpan";

    /**
     * Every name a reader may type before a colon in the query bar, and the index field it searches: the one
     * list to extend when adding a query field (see docs/architecture.md, "How to add a query field"). Hits in
     * these fields (and in {@link #EXACT}) are character ranges of the text.
     */
    private static final Map<String, String> QUERY_FIELDS = queryFields();

    private static Map<String, String> queryFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(TEXT, TEXT);
        for (EntityLabel label : EntityLabel.values()) {
            fields.put(label.queryField(), label.queryField());
        }
        fields.put(ENTITY, ENTITY);
        fields.put(SPEAKER, SPEAKER);
        fields.put(QUOTE, QUOTE);
        return Collections.unmodifiableMap(fields);
    }

    /** The field names a reader may type, for messages: "person, place, group, figure, date, entity, speaker, quote". */
    static final String USER_FIELDS = QUERY_FIELDS.keySet().stream().filter(f -> !f.equals(TEXT)).collect(Collectors.joining(", "));

    /** The fields whose matches become hits. */
    static final Set<String> HIT_FIELDS = hitFields();

    private static Set<String> hitFields() {
        Set<String> fields = new LinkedHashSet<>(QUERY_FIELDS.values());
        fields.add(EXACT);
        fields.add(DATE_SPAN);
        return Collections.unmodifiableSet(fields);
    }

    static String field(EntityLabel label) {
        return label.queryField();
    }

    /** The index field for a name typed in the query bar, or empty when there is no such field. */
    static Optional<String> userField(String typed) {
        return Optional.ofNullable(QUERY_FIELDS.get(typed.toLowerCase(Locale.ROOT)));
    }
}

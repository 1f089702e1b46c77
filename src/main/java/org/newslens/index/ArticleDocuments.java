package org.newslens.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.newslens.analysis.ArticleDates;
import org.newslens.analysis.Quote;
import org.newslens.article.Article;
import org.newslens.article.Paragraph;
import org.newslens.article.SentenceRanges;
import org.newslens.article.TextRange;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.Mention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Lucene document of an article: stored fields for listing and hits, the text indexed twice with
 * offsets (stemmed for words and phrases, unstemmed for wildcards and fuzzy terms), and each entity field
 * holding the names of the mentions at the mentions' own offsets. Also reads back the stored entity list.
 */
final class ArticleDocuments implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleDocuments.class);
    private static final FieldType OFFSETS = offsetsType();

    private final Analyzer stemming;
    private final Analyzer folding;
    /** Entity names get an analyzer of their own: the text's streams stay open until the writer consumes them. */
    private final Analyzer names = TextAnalyzer.folding();
    private final AnalysisFields analysisFields;

    ArticleDocuments(Analyzer stemming, Analyzer folding) {
        this.stemming = stemming;
        this.folding = folding;
        this.analysisFields = new AnalysisFields(stemming, names);
    }

    private static FieldType offsetsType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(false);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /**
     * @param quotes the article's quotes with the speakers the reader gave
     * @param table  the same quotes encoded ({@link #quoteTable}), stored as they are
     */
    Document build(Article article, EntityAnalysis entities, List<Quote> quotes, byte[] table, List<EntitySummary> summaries,
                   String key, String print) throws IOException {
        String text = article.text();
        Document doc = new Document();
        doc.add(new StringField(IndexFields.KEY, key, Field.Store.YES));
        doc.add(new StringField(IndexFields.HASH, article.contentHash(), Field.Store.YES));
        doc.add(new StoredField(IndexFields.ENTITY_PRINT, print));
        if (article.source() != null) {
            doc.add(new StoredField(IndexFields.FILE, ArticleKeys.normalize(article.source())));
            for (String folder : ArticleKeys.folders(article.source())) {
                doc.add(new StringField(IndexFields.FOLDER, folder, Field.Store.NO));
            }
        }
        doc.add(new StoredField(IndexFields.TITLE, article.title() == null ? "" : article.title()));
        doc.add(new StoredField(IndexFields.BODY, text));
        doc.add(new StoredField(IndexFields.PARAGRAPHS, ParagraphTable.encode(article.paragraphs())));
        doc.add(new StoredField(IndexFields.ENTITIES, EntityListCodec.encode(summaries)));
        int[] mentions = mentionTable(entities, summaries, text.length());
        doc.add(new StoredField(IndexFields.MENTIONS, bigEndian(mentions)));
        doc.add(new StoredField(IndexFields.QUOTES, table));
        for (String name : entityNames(summaries)) {
            doc.add(new StringField(IndexFields.ENTITY_NAME, name, Field.Store.NO));
        }
        if (article.published() != null) {
            doc.add(new StoredField(IndexFields.PUBLISHED, article.published().toString()));
        }
        ArticleDates.Found dated = ArticleDates.find(article);
        if (dated != null) {
            doc.add(new StoredField(IndexFields.DATED, dated.date().toString()));
        }
        doc.add(new BinaryDocValuesField(IndexFields.ARTICLE_TABLE, table(article, summaries, mentions, dated)));
        if (article.site() != null) {
            doc.add(new StoredField(IndexFields.SITE, article.site()));
        }

        for (Map.Entry<String, List<MentionTokenStream.Token>> e : mentionTokens(entities, text.length()).entrySet()) {
            doc.add(new Field(e.getKey(), new MentionTokenStream(e.getValue(), text.length()), OFFSETS));
        }
        // Before the text's streams open: an analyzer hands out one stream per thread, and those stay open until the writer reads them.
        analysisFields.add(doc, article, entities, quotes, OFFSETS);
        int[] starts = article.paragraphs().stream().mapToInt(Paragraph::start).toArray();
        doc.add(new Field(IndexFields.TEXT, new ParagraphGapFilter(stemming.tokenStream(IndexFields.TEXT, text), starts), OFFSETS));
        doc.add(new Field(IndexFields.EXACT, new ParagraphGapFilter(folding.tokenStream(IndexFields.EXACT, text), starts), OFFSETS));
        return doc;
    }

    /** The article's entities as the library and the suggestions show them, most mentioned first. */
    static List<EntitySummary> summaries(EntityAnalysis analysis) {
        Map<String, Integer> counted = new HashMap<>();
        for (Mention m : analysis.mentions()) {
            if (m.entity() != null) {
                counted.merge(m.entity(), 1, Integer::sum);
            }
        }
        List<EntitySummary> out = new ArrayList<>();
        for (Entity e : analysis.entities()) {
            int mentions = e.mentions() > 0 ? e.mentions() : counted.getOrDefault(e.id(), 0);
            out.add(new EntitySummary(e.name(), e.label(), e.aliases(), mentions));
        }
        out.sort(Comparator.comparingInt(EntitySummary::mentions).reversed().thenComparing(EntitySummary::name));
        return out;
    }

    /** Each entity's name and aliases as {@link ArticleIndex#foldName} folds them, once each. */
    private static Set<String> entityNames(List<EntitySummary> summaries) {
        Set<String> names = new LinkedHashSet<>();
        for (EntitySummary e : summaries) {
            names.add(ArticleIndex.foldName(e.name()));
            e.aliases().forEach(a -> names.add(ArticleIndex.foldName(a)));
        }
        names.remove("");
        return names;
    }

    /** Each entity's id → its index in {@code summaries}. */
    private static Map<String, Integer> summaryIndexes(EntityAnalysis analysis, List<EntitySummary> summaries) {
        Map<String, Integer> index = new HashMap<>();
        for (Entity e : analysis.entities()) {
            int at = summaries.indexOf(new EntitySummary(e.name(), e.label(), e.aliases(), mentionsOf(e, analysis)));
            if (at >= 0) {
                index.put(e.id(), at);
            }
        }
        return index;
    }

    /** The quotes as stored ({@link QuoteTable}), each speaking entity an index into {@code summaries}. */
    static byte[] quoteTable(List<Quote> quotes, EntityAnalysis analysis, List<EntitySummary> summaries, int textLength) {
        return QuoteTable.encode(quotes, summaryIndexes(analysis, summaries), textLength);
    }

    /** Every mention with an entity as (index into {@code summaries}, start, end). */
    private static int[] mentionTable(EntityAnalysis analysis, List<EntitySummary> summaries, int textLength) {
        Map<String, Integer> index = summaryIndexes(analysis, summaries);
        int[] out = new int[analysis.mentions().size() * 3];
        int n = 0;
        for (Mention m : analysis.mentions()) {
            Integer at = m.entity() == null ? null : index.get(m.entity());
            if (at != null && m.start() >= 0 && m.end() > m.start() && m.end() <= textLength) {
                out[n++] = at;
                out[n++] = m.start();
                out[n++] = m.end();
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static byte[] bigEndian(int[] ints) {
        ByteBuffer out = ByteBuffer.allocate(ints.length * Integer.BYTES);
        out.asIntBuffer().put(ints);
        return out.array();
    }

    /** The article's {@link ArticleTable}: its sentences are split here, once, so that no library view splits them. */
    private static BytesRef table(Article article, List<EntitySummary> summaries, int[] mentions, ArticleDates.Found dated) {
        List<TextRange> paragraphs = article.paragraphs().stream().map(p -> new TextRange(p.start(), p.end())).toList();
        String shown = article.published() != null ? article.published().toString() : dated == null ? null : dated.date().toString();
        return ArticleTable.encode(article.source() == null ? null : ArticleKeys.normalize(article.source()), article.contentHash(),
                article.title(), shown, ArticleTable.when(article.published(), dated == null ? null : dated.date()), summaries, mentions,
                ArticleTable.pairs(paragraphs), ArticleTable.pairs(SentenceRanges.of(article.text(), paragraphs)));
    }

    private static int mentionsOf(Entity e, EntityAnalysis analysis) {
        if (e.mentions() > 0) {
            return e.mentions();
        }
        int n = 0;
        for (Mention m : analysis.mentions()) {
            if (e.id().equals(m.entity())) {
                n++;
            }
        }
        return n;
    }

    /** The stored mention table of a document (the {@link IndexFields#MENTIONS} field). */
    static List<LibraryArticle.EntityAt> readMentions(BytesRef stored) {
        int n = stored == null ? 0 : stored.length / 12;
        List<LibraryArticle.EntityAt> out = new ArrayList<>(n);
        ByteBuffer in = n == 0 ? null : ByteBuffer.wrap(stored.bytes, stored.offset, stored.length);
        for (int i = 0; i < n; i++) {
            out.add(new LibraryArticle.EntityAt(in.getInt(), in.getInt(), in.getInt()));
        }
        return out;
    }

    /** The stored entity list of a document (the {@link IndexFields#ENTITIES} field). */
    static List<EntitySummary> readEntities(BytesRef stored) {
        try {
            return EntityListCodec.decode(stored);
        } catch (IllegalArgumentException e) {
            LOG.warn("Unreadable entity list in the index: {}", e.getMessage());
            return List.of();
        }
    }

    /** For every entity field, the words of every name of every mention, at the mention's offsets. */
    private Map<String, List<MentionTokenStream.Token>> mentionTokens(EntityAnalysis analysis, int textLength) throws IOException {
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : analysis.entities()) {
            byId.put(e.id(), e);
        }
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : analysis.mentions()) {
            if (m.start() >= 0 && m.end() > m.start() && m.end() <= textLength && m.label() != null) {
                mentions.add(m);
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        Map<String, List<String>> analysed = new HashMap<>();
        Map<String, List<MentionTokenStream.Token>> fields = new HashMap<>();
        for (Mention m : mentions) {
            Set<String> variants = new LinkedHashSet<>();
            Entity entity = m.entity() == null ? null : byId.get(m.entity());
            if (entity != null) {
                variants.add(entity.name());
                variants.addAll(entity.aliases());
            }
            variants.add(m.text());
            if (m.context() != null) {
                variants.add(m.context());
            }
            for (String variant : variants) {
                if (variant == null || variant.isBlank()) {
                    continue;
                }
                List<String> terms = analysed.get(variant);
                if (terms == null) {
                    terms = terms(variant);
                    analysed.put(variant, terms);
                }
                addName(fields.computeIfAbsent(IndexFields.ENTITY, f -> new ArrayList<>()), terms, m);
                addName(fields.computeIfAbsent(IndexFields.field(m.label()), f -> new ArrayList<>()), terms, m);
            }
        }
        return fields;
    }

    private static void addName(List<MentionTokenStream.Token> tokens, List<String> terms, Mention m) {
        for (int i = 0; i < terms.size(); i++) {
            int increment = i > 0 ? 1 : tokens.isEmpty() ? 1 : ParagraphGapFilter.GAP;
            tokens.add(new MentionTokenStream.Token(terms.get(i), m.start(), m.end(), increment));
        }
    }

    private List<String> terms(String name) throws IOException {
        return TextAnalyzer.terms(names, name);
    }

    @Override
    public void close() {
        names.close();
    }
}

package org.newslens.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.newslens.article.TextRange;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads every live document's stored fields: the library listing, and what the index holds when it is opened. */
final class ArticleListing {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleListing.class);
    private static final int TOP_ENTITIES = 5;
    private static final Set<String> LIST_FIELDS = Set.of(IndexFields.KEY, IndexFields.HASH, IndexFields.FILE,
            IndexFields.TITLE, IndexFields.ENTITIES, IndexFields.DATED, IndexFields.SITE);
    /** What opening the index reads of each document. */
    static final Set<String> CATALOG_FIELDS = Set.of(IndexFields.KEY, IndexFields.HASH, IndexFields.ENTITY_PRINT, IndexFields.FILE);
    /** What the first suggestion reads of each document. */
    static final Set<String> SUGGESTION_FIELDS = Set.of(IndexFields.KEY, IndexFields.ENTITIES);

    /** Receives one stored document. */
    interface Visitor {
        void visit(Document stored);
    }

    /** Receives one matching document's index-wide number. */
    interface MatchVisitor {
        void visit(int doc) throws IOException;
    }

    private final IndexStorage storage;
    private final ArticleDocuments documents;

    ArticleListing(IndexStorage storage, ArticleDocuments documents) {
        this.storage = storage;
        this.documents = documents;
    }

    /** Hands the {@code fields} of every live document to {@code visitor}, in index order. */
    static void forEach(IndexSearcher searcher, Set<String> fields, Visitor visitor) throws IOException {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            LeafStoredFields stored = LeafStoredFields.inOrder(leaf.reader(), fields);
            for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                if (live == null || live.get(i)) {
                    visitor.visit(stored.document(i));
                }
            }
        }
    }

    /** Hands the index-wide number of every live document {@code query} matches to {@code visitor}, unscored, in index order. */
    static void forEachMatch(IndexSearcher searcher, Query query, MatchVisitor visitor) throws IOException {
        forEachLeafMatch(searcher, query, (leaf, doc) -> visitor.visit(leaf.docBase + doc));
    }

    /** Receives one matching document: its segment and its number there. */
    interface LeafMatchVisitor {
        void visit(LeafReaderContext leaf, int doc) throws IOException;
    }

    /** As {@link #forEachMatch}, each document with its segment and its number in the segment. */
    static void forEachLeafMatch(IndexSearcher searcher, Query query, LeafMatchVisitor visitor) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    visitor.visit(leaf, doc);
                }
            }
        }
    }

    /** What a library-wide view reads of each document. */
    private static final Set<String> LIBRARY_FIELDS = Set.of(IndexFields.KEY, IndexFields.HASH, IndexFields.FILE, IndexFields.TITLE,
            IndexFields.PUBLISHED, IndexFields.BODY, IndexFields.PARAGRAPHS, IndexFields.ENTITIES, IndexFields.MENTIONS,
            IndexFields.DATED, IndexFields.QUOTES);

    /** Hands every indexed article, one at a time, to {@code visitor}; nothing of one is kept after the next. */
    void forEachArticle(Consumer<LibraryArticle> visitor) {
        IndexSearcher searcher = storage.acquire();
        try {
            forEach(searcher, LIBRARY_FIELDS, d -> visitor.accept(libraryArticle(d)));
        } catch (IOException e) {
            throw new IndexException("Cannot read the index: " + e.getMessage(), e);
        } finally {
            storage.release(searcher);
        }
    }

    /** As {@link #forEachArticle}, for the articles with an entity going by one of {@code names} (folded) only. */
    void forEachArticleNaming(Collection<String> names, Consumer<LibraryArticle> visitor) {
        forEachNaming(names, LIBRARY_FIELDS, d -> visitor.accept(libraryArticle(d)));
    }

    /** The entity lists of the articles {@link #forEachArticleNaming} visits. */
    void forEachEntityListNaming(Collection<String> names, Consumer<List<EntitySummary>> visitor) {
        forEachNaming(names, Set.of(IndexFields.ENTITIES), d -> visitor.accept(ArticleDocuments.readEntities(d.getBinaryValue(IndexFields.ENTITIES))));
    }

    /** Hands the {@code fields} of the live documents with one of {@code names} in their entity names, in index order. */
    private void forEachNaming(Collection<String> names, Set<String> fields, Visitor visitor) {
        forEachStored(IndexFields.ENTITY_NAME, names.stream().map(ArticleIndex::foldName).toList(), fields, visitor);
    }

    /** The articles with one of {@code keys} ({@link ArticleTable#key()}), in index order. */
    void forEachArticleKeyed(Collection<String> keys, Consumer<LibraryArticle> visitor) {
        forEachStored(IndexFields.KEY, keys, LIBRARY_FIELDS, d -> visitor.accept(libraryArticle(d)));
    }

    /** Hands the {@code fields} of the live documents with one of {@code values} in the string field {@code field}. */
    private void forEachStored(String field, Collection<String> values, Set<String> fields, Visitor visitor) {
        Query query = termsQuery(field, values);
        if (query == null) {
            return;
        }
        IndexSearcher searcher = storage.acquire();
        try {
            StoredFields stored = searcher.storedFields();
            forEachMatch(searcher, query, doc -> visitor.visit(stored.document(doc, fields)));
        } catch (IOException e) {
            throw new IndexException("Cannot read the index: " + e.getMessage(), e);
        } finally {
            storage.release(searcher);
        }
    }

    private static Query termsQuery(String field, Collection<String> values) {
        Set<BytesRef> terms = new TreeSet<>();
        for (String value : values) {
            if (value != null && !value.isEmpty()) {
                terms.add(new BytesRef(value));
            }
        }
        return terms.isEmpty() ? null : new TermInSetQuery(field, terms);
    }

    /**
     * The {@link ArticleTable}s of the articles with an entity going by one of {@code names} (folded), in index order:
     * read from doc values, no stored field (and no text) is decompressed.
     */
    void forEachTableNaming(Collection<String> names, Consumer<ArticleTable> visitor) {
        Query query = termsQuery(IndexFields.ENTITY_NAME, names.stream().map(ArticleIndex::foldName).toList());
        if (query == null) {
            return;
        }
        IndexSearcher searcher = storage.acquire();
        try {
            BinaryDocValues[] tables = new BinaryDocValues[1];
            LeafReaderContext[] current = new LeafReaderContext[1];
            forEachLeafMatch(searcher, query, (leaf, doc) -> {
                if (current[0] != leaf) {
                    current[0] = leaf;
                    tables[0] = leaf.reader().getBinaryDocValues(IndexFields.ARTICLE_TABLE);
                }
                if (tables[0] != null && tables[0].advanceExact(doc)) {
                    ArticleTable table;
                    try {
                        table = ArticleTable.decode(tables[0].binaryValue());
                    } catch (IllegalArgumentException e) {
                        LOG.warn("Unreadable article table in the index: {}", e.getMessage());
                        return; // one bad document must not take the page with it
                    }
                    visitor.accept(table);
                }
            });
        } catch (IOException e) {
            throw new IndexException("Cannot read the index: " + e.getMessage(), e);
        } finally {
            storage.release(searcher);
        }
    }

    private LibraryArticle libraryArticle(Document d) {
        String file = d.get(IndexFields.FILE);
        String body = d.get(IndexFields.BODY);
        ParagraphTable table = ParagraphTable.decode(d.getBinaryValue(IndexFields.PARAGRAPHS));
        List<TextRange> paragraphs = new ArrayList<>(table.size());
        for (int i = 0; i < table.size(); i++) {
            paragraphs.add(new TextRange(table.start(i), table.end(i)));
        }
        return new LibraryArticle(file == null ? null : Path.of(file), d.get(IndexFields.HASH), d.get(IndexFields.TITLE),
                published(d.get(IndexFields.PUBLISHED)), body == null ? "" : body, paragraphs,
                ArticleDocuments.readEntities(d.getBinaryValue(IndexFields.ENTITIES)), ArticleDocuments.readMentions(d.getBinaryValue(IndexFields.MENTIONS)),
                dated(d.get(IndexFields.DATED)), QuoteTable.decode(d.getBinaryValue(IndexFields.QUOTES)));
    }

    static OffsetDateTime published(String stored) {
        try {
            return stored == null ? null : OffsetDateTime.parse(stored);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate dated(String stored) {
        try {
            return stored == null ? null : LocalDate.parse(stored);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Every indexed article with its title and most mentioned entities, by title. */
    List<IndexedArticle> articles() {
        List<IndexedArticle> out = new ArrayList<>();
        IndexSearcher searcher = storage.acquire();
        try {
            forEach(searcher, LIST_FIELDS, d -> {
                String file = d.get(IndexFields.FILE);
                List<EntitySummary> entities = ArticleDocuments.readEntities(d.getBinaryValue(IndexFields.ENTITIES));
                List<EntitySummary> top = entities.subList(0, Math.min(TOP_ENTITIES, entities.size()));
                int mentions = entities.stream().mapToInt(EntitySummary::mentions).sum();
                out.add(new IndexedArticle(file == null ? null : Path.of(file), d.get(IndexFields.HASH), d.get(IndexFields.TITLE), top,
                        dated(d.get(IndexFields.DATED)), d.get(IndexFields.SITE), mentions));
            });
        } catch (IOException e) {
            throw new IndexException("Cannot read the index: " + e.getMessage(), e);
        } finally {
            storage.release(searcher);
        }
        out.sort(Comparator.comparing(IndexedArticle::title, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(a -> String.valueOf(a.file())));
        return out;
    }
}

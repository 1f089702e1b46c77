package org.newslens.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/** Reads every live document's stored fields: the library listing, and what the index holds when it is opened. */
final class ArticleListing {
    private static final int TOP_ENTITIES = 5;
    private static final Set<String> LIST_FIELDS = Set.of(IndexFields.KEY, IndexFields.HASH, IndexFields.FILE,
            IndexFields.TITLE, IndexFields.ENTITIES);
    /** What opening the index reads of each document. */
    static final Set<String> CATALOG_FIELDS = Set.of(IndexFields.KEY, IndexFields.HASH, IndexFields.ENTITY_PRINT, IndexFields.FILE);
    /** What the first suggestion reads of each document. */
    static final Set<String> SUGGESTION_FIELDS = Set.of(IndexFields.KEY, IndexFields.ENTITIES);

    /** Receives one stored document. */
    interface Visitor {
        void visit(Document stored);
    }

    private final IndexStorage storage;
    private final ArticleDocuments documents;

    ArticleListing(IndexStorage storage, ArticleDocuments documents) {
        this.storage = storage;
        this.documents = documents;
    }

    /** Hands the {@code fields} of every live document to {@code visitor}, in index order. */
    static void forEach(IndexSearcher searcher, Set<String> fields, Visitor visitor) throws IOException {
        StoredFields stored = searcher.storedFields();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                if (live == null || live.get(i)) {
                    visitor.visit(stored.document(leaf.docBase + i, fields));
                }
            }
        }
    }

    /** Every indexed article with its title and most mentioned entities, by title. */
    List<IndexedArticle> articles() {
        List<IndexedArticle> out = new ArrayList<>();
        IndexSearcher searcher = storage.acquire();
        try {
            forEach(searcher, LIST_FIELDS, d -> {
                String file = d.get(IndexFields.FILE);
                List<EntitySummary> entities = documents.readEntities(d.get(IndexFields.ENTITIES));
                List<EntitySummary> top = entities.subList(0, Math.min(TOP_ENTITIES, entities.size()));
                out.add(new IndexedArticle(file == null ? null : Path.of(file), d.get(IndexFields.HASH), d.get(IndexFields.TITLE), top));
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

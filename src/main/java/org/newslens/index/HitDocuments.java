package org.newslens.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;

/**
 * What a hit needs of its article (file, hash, title, text, paragraph table), read from the stored fields
 * once and then kept for the most recently hit articles. A segment's documents never change, so an entry
 * is keyed by the segment core and the document's number in it; a merged segment simply misses.
 */
final class HitDocuments {
    private static final Set<String> FIELDS = Set.of(IndexFields.KEY, IndexFields.HASH, IndexFields.FILE,
            IndexFields.TITLE, IndexFields.BODY, IndexFields.PARAGRAPHS);

    /** An article as a hit shows it. */
    record HitDocument(Path file, String hash, String title, String body, ParagraphTable paragraphs) {
    }

    private record Key(IndexReader.CacheKey segment, int doc) {
    }

    private final Map<Key, HitDocument> recent;
    private final long maxChars;
    private long chars;

    HitDocuments(int maxArticles, long maxChars) {
        this.maxChars = maxChars;
        this.recent = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, HitDocument> eldest) {
                if (size() > maxArticles || HitDocuments.this.chars > HitDocuments.this.maxChars) {
                    HitDocuments.this.chars -= eldest.getValue().body().length();
                    return true;
                }
                return false;
            }
        };
    }

    /** The article of document {@code doc} (index-wide number) in {@code leaf}. */
    HitDocument get(LeafReaderContext leaf, int doc, StoredFields stored) throws IOException {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        Key key = helper == null ? null : new Key(helper.getKey(), doc - leaf.docBase);
        if (key != null) {
            synchronized (this) {
                HitDocument known = recent.get(key);
                if (known != null) {
                    return known;
                }
            }
        }
        HitDocument read = read(stored.document(doc, FIELDS));
        if (key != null) {
            synchronized (this) {
                if (recent.putIfAbsent(key, read) == null) {
                    chars += read.body().length();
                }
            }
        }
        return read;
    }

    private static HitDocument read(Document doc) {
        String fileName = doc.get(IndexFields.FILE);
        String body = doc.get(IndexFields.BODY);
        return new HitDocument(fileName == null ? null : Path.of(fileName), doc.get(IndexFields.HASH),
                doc.get(IndexFields.TITLE), body == null ? "" : body, ParagraphTable.decode(doc.getBinaryValue(IndexFields.PARAGRAPHS)));
    }
}

package org.newslens.index;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFields;

/**
 * Reads some stored fields of every document of a segment, in increasing order, through the codec's sequential
 * reader (the one merges use), which decompresses each block of documents once instead of once per document read
 * from it: what a library-wide view (the library list, the graph, the library timeline, the catalog at opening) pays.
 */
@FunctionalInterface
interface LeafStoredFields {
    Document document(int doc) throws IOException;

    static LeafStoredFields inOrder(LeafReader leaf, Set<String> fields) throws IOException {
        if (leaf instanceof CodecReader codec && codec.getFieldsReader() != null) {
            StoredFieldsReader sequential = codec.getFieldsReader().getMergeInstance();
            return doc -> {
                DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(fields);
                sequential.document(doc, visitor);
                return visitor.getDocument();
            };
        }
        StoredFields stored = leaf.storedFields();
        return doc -> stored.document(doc, fields);
    }
}

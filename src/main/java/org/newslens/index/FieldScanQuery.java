package org.newslens.index;

import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;

/** A multi-term query that walks one field's term dictionary itself (no automaton): a leaf for visitors. */
abstract class FieldScanQuery extends MultiTermQuery {

    FieldScanQuery(String field, RewriteMethod rewriteMethod) {
        super(field, rewriteMethod);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(getField())) {
            visitor.visitLeaf(this);
        }
    }

    /** "field:" unless {@code field} is this query's own, then nothing: the start of {@link #toString(String)}. */
    final String fieldPrefix(String field) {
        return getField().equals(field) ? "" : getField() + ":";
    }
}

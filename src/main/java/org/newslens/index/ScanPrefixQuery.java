package org.newslens.index;

import java.util.Objects;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The words starting with a prefix ({@code brutal*}), found by seeking to the prefix in the term dictionary
 * and reading on while the words still start with it. Matches exactly what Lucene's PrefixQuery does, but
 * builds no automaton: compiling one for every typed query cost more than the whole search of one article.
 */
final class ScanPrefixQuery extends FieldScanQuery {
    private final Term prefix;

    ScanPrefixQuery(Term prefix, RewriteMethod rewriteMethod) {
        super(prefix.field(), rewriteMethod);
        this.prefix = prefix;
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws java.io.IOException {
        BytesRef start = prefix.bytes();
        return new FilteredTermsEnum(terms.iterator()) {
            {
                setInitialSeekTerm(start);
            }

            @Override
            protected AcceptStatus accept(BytesRef term) {
                return StringHelper.startsWith(term, start) ? AcceptStatus.YES : AcceptStatus.END;
            }
        };
    }

    @Override
    public String toString(String field) {
        return fieldPrefix(field) + prefix.text() + "*";
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && prefix.equals(((ScanPrefixQuery) other).prefix);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), prefix);
    }
}

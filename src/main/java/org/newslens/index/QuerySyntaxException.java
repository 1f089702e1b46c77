package org.newslens.index;

/**
 * A query the parser cannot read. The message is written for the reader, e.g.
 * {@code Unexpected ")" at character 9: expected a word, a "phrase" or "(".}
 */
public class QuerySyntaxException extends Exception {
    private final String query;
    private final int position;

    public QuerySyntaxException(String message, String query, int position) {
        super(message);
        this.query = query;
        this.position = position;
    }

    public String query() {
        return query;
    }

    /** 0-based index into the query where the problem was noticed, or -1 when it is not tied to one place. */
    public int position() {
        return position;
    }
}

package org.newslens.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * Reads the query bar: Lucene's classic syntax, AND between words unless told otherwise (a reader adding a
 * word means "narrow it down"), plain words and phrases against the stemmed text, wildcards and fuzzy terms
 * against the unstemmed words (a stem is not what a reader has in mind when typing {@code brutali*}), and
 * the entity fields. Errors come back as {@link QuerySyntaxException} with a message for the reader.
 */
final class QueryBarParser {
    private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");

    private final Analyzer analyzer;

    QueryBarParser(Analyzer stemming, Analyzer folding) {
        this.analyzer = new PerFieldAnalyzerWrapper(folding, Map.of(IndexFields.TEXT, stemming));
    }

    /** The query, or null when it is blank. */
    Query parse(String typed) throws QuerySyntaxException {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String query = typed.replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"').replace('\u00AB', '"').replace('\u00BB', '"');
        Parser parser = new Parser(analyzer);
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            throw explain(typed, e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("The query is too broad: it expands to too many words. Make wildcards longer.", typed, -1);
        }
    }

    private static QuerySyntaxException explain(String query, ParseException wrapped) {
        Throwable cause = wrapped.getCause() != null ? wrapped.getCause() : wrapped;
        if (cause instanceof UnknownFieldException u) {
            return new QuerySyntaxException(u.getMessage(), query, query.indexOf(u.field + ":"));
        }
        if (cause instanceof TokenMgrError lexical) {
            return explainLexical(query, lexical);
        }
        if (cause instanceof ParseException p && p.currentToken != null && p.currentToken.next != null) {
            return explainGrammar(query, p);
        }
        if (cause.getMessage() != null && cause.getMessage().contains("too many boolean clauses")) {
            return new QuerySyntaxException("The query is too broad: it expands to too many words.", query, -1);
        }
        return new QuerySyntaxException("The query cannot be read: " + firstLine(cause.getMessage()), query, -1);
    }

    private static QuerySyntaxException explainGrammar(String query, ParseException p) {
        Token unexpected = p.currentToken.next;
        int position = Math.max(0, Math.min(query.length(), unexpected.beginColumn));
        Set<Integer> kinds = new java.util.TreeSet<>();
        if (p.expectedTokenSequences != null) {
            for (int[] sequence : p.expectedTokenSequences) {
                if (sequence.length > 0) {
                    kinds.add(rank(sequence[0]));
                }
            }
        }
        Set<String> expected = new LinkedHashSet<>();
        for (int rank : kinds) {
            String name = RANKED[rank];
            if (name != null) {
                expected.add(name);
            }
        }
        String what = unexpected.kind == QueryParserConstants.EOF
                ? "The query ends too early"
                : "Unexpected \"" + unexpected.image + "\" at character " + (position + 1);
        String message = expected.isEmpty() ? what + "." : what + ": expected " + joinOr(new ArrayList<>(expected)) + ".";
        return new QuerySyntaxException(message, query, position);
    }

    private static QuerySyntaxException explainLexical(String query, TokenMgrError e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int position = -1;
        Matcher m = LEXICAL_COLUMN.matcher(message);
        if (m.find()) {
            position = Math.max(0, Math.min(query.length(), Integer.parseInt(m.group(1)) - 1));
        }
        if (message.contains("<EOF>")) {
            int quote = query.lastIndexOf('"');
            if (quote >= 0 && countQuotes(query) % 2 == 1) {
                return new QuerySyntaxException("The phrase starting at character " + (quote + 1) + " has no closing quote (\").", query, quote);
            }
            if (query.stripTrailing().endsWith("\\")) {
                return new QuerySyntaxException("The query ends with a lone backslash (\\): remove it or escape it as \\\\.", query, query.length() - 1);
            }
            return new QuerySyntaxException("The query ends too early.", query, query.length());
        }
        return new QuerySyntaxException("Unexpected character at character " + (position + 1) + ".", query, position);
    }

    private static int countQuotes(String query) {
        int n = 0;
        for (int i = 0; i < query.length(); i++) {
            if (query.charAt(i) == '\\') {
                i++;
            } else if (query.charAt(i) == '"') {
                n++;
            }
        }
        return n;
    }

    /** What the parser may want next, in the order a reader should read it; null for what needs no mention. */
    private static final String[] RANKED = {"a word", "a \"phrase\"", "\"(\"", "\")\"", "TO", "a range bound", "\"]\"", "\"}\"", null};

    private static int rank(int kind) {
        return switch (kind) {
            case QueryParserConstants.TERM, QueryParserConstants.PREFIXTERM, QueryParserConstants.WILDTERM,
                    QueryParserConstants.NUMBER, QueryParserConstants.REGEXPTERM -> 0;
            case QueryParserConstants.QUOTED -> 1;
            case QueryParserConstants.LPAREN -> 2;
            case QueryParserConstants.RPAREN -> 3;
            case QueryParserConstants.RANGE_TO -> 4;
            case QueryParserConstants.RANGE_QUOTED, QueryParserConstants.RANGE_GOOP -> 5;
            case QueryParserConstants.RANGEIN_END -> 6;
            case QueryParserConstants.RANGEEX_END -> 7;
            default -> 8;
        };
    }

    private static String joinOr(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** A field name the query bar does not know, e.g. {@code author:}. */
    static final class UnknownFieldException extends ParseException {
        final String field;

        UnknownFieldException(String field) {
            super("There is no field \"" + field + ":\". Fields: " + IndexFields.USER_FIELDS
                    + ". To search for the word itself, put it in quotes or escape the colon (\\:).");
            this.field = field;
        }
    }

    /** Marks a bare "~": the edit distance then follows the word's length, as a reader expects. */
    private static final float AUTO_FUZZY = 0.5f;

    /** Edits allowed for a bare "~": none for 1-2 letters, one for 3-5, two beyond (Lucene's maximum). */
    static int autoEdits(String term) {
        int length = term.codePointCount(0, term.length());
        return length <= 2 ? 0 : length <= 5 ? 1 : 2;
    }

    private static final class Parser extends QueryParser {
        Parser(Analyzer analyzer) {
            super(IndexFields.TEXT, analyzer);
            setDefaultOperator(QueryParser.Operator.AND);
            setAllowLeadingWildcard(true);
            setFuzzyMinSim(AUTO_FUZZY);
            setSplitOnWhitespace(true);
            setAutoGeneratePhraseQueries(true);
        }

        private static String field(String typed) throws ParseException {
            return IndexFields.userField(typed).orElseThrow(() -> new UnknownFieldException(typed));
        }

        /** Multi-term queries on the text look at unstemmed words. */
        private static String wordField(String typed) throws ParseException {
            String f = field(typed);
            return f.equals(IndexFields.TEXT) ? IndexFields.EXACT : f;
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            return super.getFieldQuery(field(field), queryText, quoted);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            if ("*".equals(field)) {
                return super.getWildcardQuery(field, termStr);
            }
            return super.getWildcardQuery(wordField(field), termStr);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return super.getPrefixQuery(wordField(field), termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            String f = wordField(field);
            int edits = minSimilarity == AUTO_FUZZY ? autoEdits(termStr)
                    : minSimilarity >= 1f ? Math.min(2, (int) minSimilarity)
                    : Math.min(2, (int) ((1 - minSimilarity) * termStr.codePointCount(0, termStr.length())));
            BytesRef normalized = getAnalyzer().normalize(f, termStr);
            return new ScanFuzzyQuery(new Term(f, normalized.utf8ToString()), edits);
        }

        @Override
        protected Query newPrefixQuery(Term prefix) {
            return new ScanPrefixQuery(prefix, getMultiTermRewriteMethod());
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            return super.getRegexpQuery(wordField(field), termStr);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
                throws ParseException {
            return super.getRangeQuery(wordField(field), part1, part2, startInclusive, endInclusive);
        }
    }
}

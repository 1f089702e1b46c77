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
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.newslens.nlp.EntityLabel;

/**
 * Reads the query bar: Lucene's classic syntax, AND between words unless told otherwise (a reader adding a
 * word means "narrow it down"), plain words and phrases against the stemmed text, wildcards and fuzzy terms
 * against the unstemmed words (a stem is not what a reader has in mind when typing {@code brutali*}), and
 * the entity fields. Errors come back as {@link QuerySyntaxException} with a message for the reader.
 */
final class QueryBarParser {
    private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");

    private final Analyzer analyzer;
    private final boolean scanQueries;

    QueryBarParser(Analyzer stemming, Analyzer folding) {
        this(stemming, folding, true);
    }

    /**
     * @param scanQueries true for the own {@link ScanFuzzyQuery} and {@link ScanPrefixQuery} (what searches
     *                    use: faster, see docs/benchmarks.md), false for Lucene's {@code FuzzyQuery} and
     *                    {@code PrefixQuery} (to compare them with)
     */
    QueryBarParser(Analyzer stemming, Analyzer folding, boolean scanQueries) {
        this.analyzer = new PerFieldAnalyzerWrapper(folding, Map.of(IndexFields.TEXT, stemming, IndexFields.QUOTE, stemming));
        this.scanQueries = scanQueries;
    }

    /** Longest query read: far beyond anything typed, short enough that parsing it stays quick. */
    static final int MAX_LENGTH = 10_000;
    /** Deepest nesting of parentheses read (also inside regular expressions): both parsers recurse per level. */
    static final int MAX_NESTING = 100;
    /** Longest regular expression, and largest repetition count in one ({@code a{1000000}} builds a million states). */
    static final int MAX_REGEX_LENGTH = 500;
    static final int MAX_REPEAT = 100;
    static final String TOO_BROAD = "The query is too broad: it expands to too many words or clauses. Make wildcards longer or the query shorter.";

    /** The query, or null when it is blank. */
    Query parse(String typed) throws QuerySyntaxException {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (typed.length() > MAX_LENGTH) {
            throw new QuerySyntaxException("The query is too long: " + typed.length() + " characters, at most " + MAX_LENGTH + ".", typed, MAX_LENGTH);
        }
        checkNesting(typed);
        String query = typed.replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"').replace('\u00AB', '"').replace('\u00BB', '"');
        Parser parser = new Parser(analyzer, scanQueries);
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            throw explain(typed, e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException(TOO_BROAD, typed, -1);
        } catch (TooComplexToDeterminizeException | IllegalArgumentException e) {
            throw new QuerySyntaxException("The query cannot be run: " + firstLine(e.getMessage()) + ".", typed, -1);
        }
    }

    /** Refuses parentheses nested deeper than {@link #MAX_NESTING}, counted outside quotes, before any parser recurses. */
    private static void checkNesting(String query) throws QuerySyntaxException {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
                if (depth > MAX_NESTING) {
                    throw new QuerySyntaxException("The query nests parentheses more than " + MAX_NESTING + " deep (at character " + (i + 1) + ").", query, i);
                }
            } else if (!quoted && c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
    }

    private static QuerySyntaxException explain(String query, ParseException wrapped) {
        Throwable cause = wrapped.getCause() != null ? wrapped.getCause() : wrapped;
        if (cause instanceof UnknownFieldException u) {
            return new QuerySyntaxException(u.getMessage(), query, query.indexOf(u.field + ":"));
        }
        if (cause instanceof RefusedTermException r) {
            return new QuerySyntaxException(r.getMessage(), query, query.indexOf(r.term));
        }
        if (cause instanceof IndexSearcher.TooManyClauses) {
            return new QuerySyntaxException(TOO_BROAD, query, -1);
        }
        if (cause instanceof TokenMgrError lexical) {
            return explainLexical(query, lexical);
        }
        if (cause instanceof ParseException p && p.currentToken != null && p.currentToken.next != null) {
            return explainGrammar(query, p);
        }
        if (cause.getMessage() != null && cause.getMessage().contains("too many boolean clauses")) {
            return new QuerySyntaxException(TOO_BROAD, query, -1);
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

    /** A term Lucene refused to turn into a query (a malformed or explosive regular expression, an impossible wildcard). */
    static final class RefusedTermException extends ParseException {
        final String term;

        RefusedTermException(String message, String term) {
            super(message);
            this.term = term;
        }
    }

    private static final Pattern REPEAT = Pattern.compile("\\{(\\d*)(?:,(\\d*))?\\}");

    /** Refuses a regular expression too long or with too large a repetition before Lucene builds its automaton. */
    static void checkRegex(String regex) throws ParseException {
        String shown = "/" + (regex.length() > 40 ? regex.substring(0, 40) + "…" : regex) + "/";
        if (regex.length() > MAX_REGEX_LENGTH) {
            throw new RefusedTermException("The regular expression " + shown + " is too long: at most " + MAX_REGEX_LENGTH + " characters.", regex);
        }
        Matcher m = REPEAT.matcher(regex);
        while (m.find()) {
            for (int g = 1; g <= 2; g++) {
                String n = m.group(g);
                if (n != null && !n.isEmpty() && (n.length() > 4 || Integer.parseInt(n) > MAX_REPEAT)) {
                    throw new RefusedTermException("The regular expression " + shown + " repeats too often (" + m.group()
                            + "): at most {" + MAX_REPEAT + "}.", regex);
                }
            }
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
        private final boolean scanQueries;

        Parser(Analyzer analyzer, boolean scanQueries) {
            super(IndexFields.TEXT, analyzer);
            this.scanQueries = scanQueries;
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
            String f = "*".equals(field) ? field : wordField(field);
            try {
                return super.getWildcardQuery(f, termStr);
            } catch (TooComplexToDeterminizeException | IllegalArgumentException e) {
                throw new RefusedTermException("The wildcard " + shorten(termStr) + " is too complex to run: use fewer * and ?.", termStr);
            }
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
            Term term = new Term(f, normalized.utf8ToString());
            return scanQueries ? new ScanFuzzyQuery(term, edits)
                    : new FuzzyQuery(term, edits, 0, ScanFuzzyQuery.MAX_TERMS, true);
        }

        @Override
        protected Query newPrefixQuery(Term prefix) {
            return scanQueries ? new ScanPrefixQuery(prefix, getMultiTermRewriteMethod()) : super.newPrefixQuery(prefix);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            String f = wordField(field);
            checkRegex(termStr);
            try {
                return super.getRegexpQuery(f, termStr);
            } catch (IllegalArgumentException e) {
                throw new RefusedTermException("The regular expression /" + shorten(termStr) + "/ cannot be read: " + firstLine(e.getMessage()) + ".", termStr);
            } catch (TooComplexToDeterminizeException e) {
                throw new RefusedTermException("The regular expression /" + shorten(termStr) + "/ is too complex to run: simplify it.", termStr);
            }
        }

        private static String shorten(String s) {
            return s.length() > 40 ? s.substring(0, 40) + "…" : s;
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
                throws ParseException {
            if (field(field).equals(IndexFields.field(EntityLabel.DATE))) {
                try {
                    return DateSpanQuery.of(part1, part2, startInclusive, endInclusive);
                } catch (IllegalArgumentException e) {
                    throw new RefusedTermException("A date range takes days, months or years such as 2021-07-09, 2021-07 or 2021 (or *): \""
                            + e.getMessage() + "\" is none of them.", e.getMessage());
                }
            }
            return super.getRangeQuery(wordField(field), part1, part2, startInclusive, endInclusive);
        }
    }
}

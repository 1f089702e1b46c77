package org.newslens.index;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How article text and queries are cut into words: curly apostrophes read as straight ones, possessive
 * "'s" dropped, case and accents folded, and (for the main text field) English inflections reduced with
 * KStem, which keeps British "-ise" verbs together ("brutalised" and "brutalise") without Porter's
 * over-eager merges. Every mapping is one character for one, so token offsets stay true offsets into the text.
 */
final class TextAnalyzer extends Analyzer {
    private static final NormalizeCharMap QUOTES = quotes();

    private final boolean stem;

    private TextAnalyzer(boolean stem) {
        this.stem = stem;
    }

    /** Words reduced to their stems: plain words find their inflections. */
    static TextAnalyzer stemming() {
        return new TextAnalyzer(true);
    }

    /** Words folded (case, accents, apostrophes) but not stemmed: for wildcards, fuzzy terms and names. */
    static TextAnalyzer folding() {
        return new TextAnalyzer(false);
    }

    /** The words {@code analyzer} makes of {@code text}, in order. */
    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(IndexFields.ENTITY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    private static NormalizeCharMap quotes() {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        for (String apostrophe : new String[] {"\u2019", "\u2018", "\u02BC", "\u02B9", "\u0060", "\u00B4", "\uFF07"}) {
            b.add(apostrophe, "'");
        }
        return b.build();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(QUOTES, reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(QUOTES, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream out = new EnglishPossessiveFilter(source);
        out = new LowerCaseFilter(out);
        out = new ASCIIFoldingFilter(out);
        if (stem) {
            out = new KStemFilter(out);
        }
        return new TokenStreamComponents(source, out);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}

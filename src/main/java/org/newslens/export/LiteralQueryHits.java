package org.newslens.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newslens.article.Article;

/**
 * Finds a query as a literal phrase, ignoring case (quotes around it are dropped). Used where no search
 * index is available; the index gives query syntax, inflections and entity fields.
 */
public final class LiteralQueryHits implements QueryHits {
    @Override
    public List<TextRange> find(Article article, String query) throws BadQueryException {
        String phrase = query.strip();
        if (phrase.length() >= 2 && phrase.startsWith("\"") && phrase.endsWith("\"")) {
            phrase = phrase.substring(1, phrase.length() - 1).strip();
        }
        if (phrase.isEmpty()) {
            throw new BadQueryException("the query is empty", null);
        }
        String text = article.text().toLowerCase(Locale.ROOT);
        String needle = phrase.toLowerCase(Locale.ROOT);
        List<TextRange> out = new ArrayList<>();
        if (text.length() != article.text().length() || needle.length() != phrase.length()) {
            // lower-casing changed lengths (rare scripts): fall back to a case-sensitive search so offsets stay right
            text = article.text();
            needle = phrase;
        }
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            out.add(new TextRange(i, i + needle.length()));
        }
        return out;
    }
}

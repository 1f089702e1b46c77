package org.newslens.article;

import java.time.OffsetDateTime;

/**
 * What a document says about itself beside its title: who wrote it, when it was published, on which site
 * and in which language. Each part is null when the document does not say.
 *
 * @param author    the author credit as the document gives it ("Amina Khan", or "By Amina Khan" cleaned of "By")
 * @param published when it was published; a date without a time of day is midnight at UTC
 * @param site      the publication or site name ("The Example Times"), or for e-mail the sender's domain
 * @param language  the language tag the document declares ("en", "pt-BR")
 */
public record ArticleMetadata(String author, OffsetDateTime published, String site, String language) {

    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null);

    public ArticleMetadata {
        author = blankToNull(author);
        site = blankToNull(site);
        language = blankToNull(language);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

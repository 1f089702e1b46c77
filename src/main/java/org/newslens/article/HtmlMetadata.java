package org.newslens.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.newslens.app.DateTimes;

/**
 * What a page says about itself in its head: schema.org JSON-LD (headline, author, datePublished, publisher),
 * Open Graph, Dublin Core, Twitter and Parse.ly meta tags, {@code <html lang>} and {@code <time>}. Read before
 * the page is cleaned, since JSON-LD lives in script elements.
 */
final class HtmlMetadata {
    private static final Pattern PROPERTY = Pattern.compile(
            "\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile(
            "^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(?:article|webpage))\\s*[-.:]\\s*)?(author|creator|pub-date|description|title|site_name)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEMA_CONTEXT = Pattern.compile("^https?://schema\\.org/?$");
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "AdvertiserContentArticle", "NewsArticle",
            "AnalysisNewsArticle", "AskPublicNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
            "ReportageNewsArticle", "ReviewNewsArticle", "Report", "SatiricalArticle", "ScholarlyArticle",
            "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting", "LiveBlogPosting", "DiscussionForumPosting",
            "TechArticle", "APIReference");
    private static final Pattern URL = Pattern.compile("^https?://\\S+$");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Metadata values by normalised key ("og:title", "author", "article:published_time"); the last wins. */
    private final Map<String, String> values = new HashMap<>();
    private String ldHeadline;
    private String ldName;
    private String ldAuthor;
    private String ldPublished;
    private String ldPublisher;
    private String ldLanguage;
    private final String language;
    private final String timeElement;

    HtmlMetadata(Document doc) {
        for (Element meta : doc.select("meta")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            Matcher property = PROPERTY.matcher(meta.attr("property"));
            boolean matched = false;
            while (property.find()) {
                matched = true;
                put(property.group(1) + ":" + property.group(2), content);
            }
            Matcher name = NAME.matcher(meta.attr("name"));
            if (!matched && name.matches()) {
                String key = meta.attr("name").toLowerCase(Locale.ROOT).replaceAll("\\s", "").replace('.', ':');
                put(key, content);
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            readJsonLd(script.data());
        }
        language = pageLanguage(doc);
        Element time = doc.selectFirst("[itemprop=datePublished][datetime], [itemprop=datePublished][content], time[pubdate][datetime]");
        if (time == null) {
            Elements times = doc.select("time[datetime]");
            time = times.stream().filter(t -> DomText.hasAncestor(t, "article") || DomText.hasAncestor(t, "main"))
                    .findFirst().orElse(times.first());
        }
        timeElement = time == null ? null : time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
    }

    private void put(String key, String value) {
        values.put(key.toLowerCase(Locale.ROOT), value);
    }

    private void readJsonLd(String data) {
        if (ldHeadline != null || ldName != null) {
            return;
        }
        JsonNode root;
        try {
            root = JSON.readTree(data.strip().replaceFirst("^\\s*<!\\[CDATA\\[", "").replaceFirst("]]>\\s*$", ""));
        } catch (Exception e) {
            return;
        }
        JsonNode article = findArticle(root, null, 0);
        if (article == null) {
            return;
        }
        ldName = text(article.get("name"));
        ldHeadline = text(article.get("headline"));
        ldAuthor = authors(article.get("author"));
        ldPublished = text(article.get("datePublished"));
        JsonNode publisher = article.get("publisher");
        ldPublisher = publisher == null ? null : text(publisher.get("name"));
        ldLanguage = text(article.get("inLanguage"));
    }

    private static JsonNode findArticle(JsonNode node, String context, int depth) {
        if (node == null || depth > 4) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item, context, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        String ctx = node.has("@context") ? text(node.get("@context")) : context;
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"), ctx, depth + 1);
        }
        boolean schema = ctx == null || SCHEMA_CONTEXT.matcher(ctx).matches();
        JsonNode type = node.get("@type");
        if (schema && type != null) {
            if (type.isTextual() && ARTICLE_TYPES.contains(type.asText())) {
                return node;
            }
            if (type.isArray()) {
                for (JsonNode t : type) {
                    if (ARTICLE_TYPES.contains(t.asText())) {
                        return node;
                    }
                }
            }
        }
        return null;
    }

    private static String text(JsonNode n) {
        return n != null && n.isTextual() && !n.asText().isBlank() ? n.asText().strip() : null;
    }

    private static String authors(JsonNode author) {
        if (author == null) {
            return null;
        }
        if (author.isObject()) {
            return text(author.get("name"));
        }
        if (author.isTextual()) {
            return URL.matcher(author.asText().strip()).matches() ? null : text(author);
        }
        if (author.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode a : author) {
                String name = a.isObject() ? text(a.get("name")) : a.isTextual() ? text(a) : null;
                if (name != null) {
                    names.add(name);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }

    private static String pageLanguage(Document doc) {
        Element html = doc.selectFirst("html");
        if (html != null && !html.attr("lang").isBlank()) {
            return html.attr("lang").strip();
        }
        if (html != null && !html.attr("xml:lang").isBlank()) {
            return html.attr("xml:lang").strip();
        }
        Element equiv = doc.selectFirst("meta[http-equiv~=(?i)content-language]");
        if (equiv != null && !equiv.attr("content").isBlank()) {
            return equiv.attr("content").split(",")[0].strip();
        }
        Element locale = doc.selectFirst("meta[property=og:locale]");
        return locale == null || locale.attr("content").isBlank() ? null : locale.attr("content").strip().replace('_', '-');
    }

    /** The headline the page's metadata gives, or null; {@code pageTitle} settles between JSON-LD name and headline. */
    String headline(String pageTitle) {
        String ld;
        if (ldName != null && ldHeadline != null && !ldName.equals(ldHeadline)) {
            boolean nameMatches = DomText.similarity(ldName, pageTitle) > 0.75;
            boolean headlineMatches = DomText.similarity(ldHeadline, pageTitle) > 0.75;
            ld = headlineMatches && !nameMatches ? ldHeadline : ldName;
        } else {
            ld = ldName != null ? ldName : ldHeadline;
        }
        return first(ld, values.get("dc:title"), values.get("dcterm:title"), values.get("og:title"),
                values.get("weibo:article:title"), values.get("weibo:webpage:title"), values.get("title"),
                values.get("twitter:title"), values.get("parsely-title"));
    }

    /** The author credit from metadata, or null. */
    String author() {
        String articleAuthor = values.get("article:author");
        if (articleAuthor != null && URL.matcher(articleAuthor).matches()) {
            articleAuthor = null;
        }
        return first(ldAuthor, values.get("dc:creator"), values.get("dcterm:creator"), values.get("author"),
                values.get("parsely-author"), articleAuthor);
    }

    String site() {
        return first(ldPublisher, values.get("og:site_name"));
    }

    String language() {
        return first(language, ldLanguage);
    }

    OffsetDateTime published() {
        for (String s : new String[] {ldPublished, values.get("article:published_time"), values.get("parsely-pub-date"), timeElement}) {
            OffsetDateTime t = parseDate(s);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** ISO 8601 in its common shapes (with or without offset or time of day), or RFC 1123; null otherwise. */
    static OffsetDateTime parseDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return DateTimes.read(s.strip(), DateTimes.OFFSET, DateTimes.ZONED,
                v -> DateTimes.OFFSET.read(v.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2")),
                v -> DateTimes.LOCAL_UTC.read(v.replace(' ', 'T')), DateTimes.DAY_UTC, DateTimes.RFC_1123);
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.strip();
            }
        }
        return null;
    }
}

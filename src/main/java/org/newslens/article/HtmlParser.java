package org.newslens.article;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page saved from a browser: the title from {@code <title>} (without the site's name) or the first
 * {@code <h1>}; the main text from {@code <article>}, {@code <main>} or the element holding most paragraph
 * text, without scripts, navigation, asides, forms and other page furniture.
 */
final class HtmlParser {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "button, select, input, textarea, iframe, object, embed, svg, canvas, figure, figcaption, dialog, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";
    /** class/id words that mark page furniture rather than article text. */
    private static final Pattern FURNITURE_NAME = Pattern.compile(
            "(?:^|[\\s_-])(?:ad|ads|advert|advertisement|banner|promo|sponsor(?:ed)?|share|sharing|social|related|"
                    + "recommended|newsletter|subscribe|subscription|cookie|consent|comments?|breadcrumbs?|sidebar|"
                    + "popup|modal|paywall|outbrain|taboola)(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
            "dd", "blockquote", "pre", "table", "tr", "td", "th", "hr", "address", "center");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»]{1,2}\\s+");
    private static final int SITE_NAME_MAX_WORDS = 4;

    /** The charset an HTML page declares for itself in its first bytes, or null. */
    Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (meta.find()) {
            Charset declared = TextDecoder.lookup(meta.group(1));
            // a page whose meta tag could be read byte by byte is not UTF-16, whatever the tag says (as in browsers)
            return declared != null && declared.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : declared;
        }
        Matcher xml = XML_ENCODING.matcher(head);
        return xml.find() ? TextDecoder.lookup(xml.group(1)) : null;
    }

    ParsedDocument parse(String html) {
        Document doc = Jsoup.parse(html);
        Element firstH1 = doc.selectFirst("h1");
        String h1 = firstH1 == null ? "" : firstH1.text().strip();
        String title = title(doc, h1);

        doc.select(FURNITURE).remove();
        int pageText = paragraphText(doc.body());
        for (Element e : doc.body().select("[class], [id]")) {
            // a class such as "has-sidebar" on the story container must not take the story with it
            if (isFurnitureName(e) && e.parent() != null && !e.is("article, main, body, html")
                    && paragraphText(e) * 2 < pageText) {
                e.remove();
            }
        }
        Element root = mainElement(doc);
        List<String> paragraphs = new ArrayList<>();
        collectParagraphs(root, paragraphs);
        if (!paragraphs.isEmpty() && title != null && paragraphs.get(0).strip().equals(title)) {
            paragraphs.remove(0);
        }
        paragraphs.removeIf(p -> p.strip().equals(h1) && !h1.isEmpty());
        return new ParsedDocument(title, paragraphs);
    }

    private static boolean isFurnitureName(Element e) {
        return FURNITURE_NAME.matcher(e.className()).find() || FURNITURE_NAME.matcher(e.id()).find();
    }

    private String title(Document doc, String h1) {
        String siteName = meta(doc, "og:site_name");
        String pageTitle = doc.title().strip();
        if (pageTitle.isEmpty()) {
            pageTitle = meta(doc, "og:title");
        }
        if (pageTitle.isEmpty()) {
            return h1.isEmpty() ? null : h1;
        }
        if (!h1.isEmpty() && pageTitle.startsWith(h1) || !h1.isEmpty() && pageTitle.endsWith(h1)) {
            return h1;
        }
        return withoutSiteName(pageTitle, siteName);
    }

    private static String meta(Document doc, String property) {
        Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return e == null ? "" : e.attr("content").strip();
    }

    /** "Headline | Site News" → "Headline"; also "Site | Headline" when the site's name is known. */
    static String withoutSiteName(String title, String siteName) {
        String t = title;
        if (!siteName.isEmpty()) {
            Matcher lead = Pattern.compile("^" + Pattern.quote(siteName) + TITLE_SEPARATOR.pattern()).matcher(t);
            if (lead.find() && lead.end() < t.length()) {
                return t.substring(lead.end()).strip();
            }
        }
        Matcher m = TITLE_SEPARATOR.matcher(t);
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart > 0) {
            String head = t.substring(0, lastStart).strip();
            String tail = t.substring(lastEnd).strip();
            boolean tailIsSite = tail.equalsIgnoreCase(siteName)
                    || tail.split("\\s+").length <= SITE_NAME_MAX_WORDS && head.length() > tail.length() && !tail.matches(".*[.!?]$");
            if (tailIsSite && !head.isEmpty()) {
                return head;
            }
        }
        return t;
    }

    private static Element mainElement(Document doc) {
        Element best = null;
        int bestScore = 0;
        for (Element candidate : doc.select("article, main, [role=main]")) {
            int score = paragraphText(candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        Map<Element, Integer> byParent = new HashMap<>();
        for (Element p : doc.body().select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                byParent.merge(parent, p.text().length(), Integer::sum);
            }
        }
        return byParent.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(doc.body());
    }

    private static int paragraphText(Element e) {
        Elements ps = e.select("p");
        int total = 0;
        for (Element p : ps) {
            total += p.text().length();
        }
        return total == 0 ? e.text().length() / 4 : total;
    }

    /**
     * Walks the element: every block boundary ends a paragraph; inline text is joined within one. A single
     * {@code <br>} is a line break inside a paragraph, two in a row separate paragraphs (as on older pages).
     */
    private static void collectParagraphs(Element root, List<String> out) {
        StringBuilder current = new StringBuilder();
        boolean[] afterBreak = {false};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String whole = text.getWholeText();
                    current.append(whole);
                    afterBreak[0] &= whole.isBlank();
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    if (afterBreak[0]) {
                        flush(current, out);
                    } else {
                        current.append('\n');
                    }
                    afterBreak[0] = !afterBreak[0];
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, out);
                    afterBreak[0] = false;
                } else if (node instanceof Element e && e.normalName().equals("img")) {
                    current.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, out);
                    afterBreak[0] = false;
                }
            }
        }, root);
        flush(current, out);
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (!current.toString().isBlank()) {
            out.add(current.toString());
        }
        current.setLength(0);
    }
}

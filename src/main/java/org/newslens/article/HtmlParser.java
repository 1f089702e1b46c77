package org.newslens.article;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page saved from a browser: the headline from the page's metadata (JSON-LD, Open Graph, Dublin Core)
 * or its {@code <title>} ({@link PageTitle}); the main text found by content scoring ({@link MainTextExtractor}),
 * as paragraphs; the author credit, publication date, site name and language ({@link HtmlMetadata}).
 */
final class HtmlParser {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
            "dd", "blockquote", "pre", "table", "tr", "td", "th", "hr", "address", "center", "figure", "figcaption",
            "header", "footer", "aside", "nav", "details", "summary", "caption");
    /**
     * Content scoring measures every block against its ancestors; past this size a page (no real article is
     * this long) is read without it, keeping time and memory in proportion to the page.
     */
    static final int SCORING_LIMIT_CHARS = 8_000_000;
    /** Elements nested deeper than this are unwrapped into their ancestor: no page needs more, and depth costs time. */
    static final int MAX_DEPTH = 128;
    private static final Pattern CREDIT_WORD = Pattern.compile("^(?:by|written by|words by)\\s*:?\\s+", Pattern.CASE_INSENSITIVE);

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
        flattenBelow(doc.body(), MAX_DEPTH);
        HtmlMetadata meta = new HtmlMetadata(doc);
        String pageTitle = PageTitle.of(doc, meta.site());
        String headline = meta.headline(pageTitle);
        String title = headline != null ? headline : pageTitle;
        Element h1 = doc.selectFirst("h1");
        String h1Text = h1 == null ? "" : h1.text().strip();
        if (title == null || title.isBlank()) {
            title = h1Text;
        } else if (h1Text.length() > title.length() && h1Text.startsWith(title.replaceFirst("(?:…|\\.\\.\\.)$", ""))) {
            // a headline cut short for the metadata's length limit; the page shows it whole
            title = h1Text;
        }
        doc.select("script, style, noscript, template, link").remove();
        MainTextExtractor extractor = new MainTextExtractor();
        String firstCredit = extractor.firstCredit(doc.body());
        MainTextExtractor.Result main = html.length() > SCORING_LIMIT_CHARS
                ? extractor.withoutScoring(doc.body())
                : extractor.extract(doc.body(), title);
        List<String> paragraphs = new ArrayList<>();
        if (main.content() != null) {
            collectParagraphs(main.content(), paragraphs);
        }
        String author = withoutCreditWord(meta.author() != null ? meta.author() : main.byline() != null ? main.byline() : firstCredit);
        ArticleMetadata metadata = new ArticleMetadata(author, meta.published(), meta.site(), meta.language());
        return new ParsedDocument(title == null || title.isBlank() ? null : title, paragraphs, metadata);
    }

    /** Unwraps every element deeper than {@code maxDepth} below {@code root}, keeping its content in place. */
    static void flattenBelow(Element root, int maxDepth) {
        List<Element> deep = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (depth > maxDepth && node instanceof Element e) {
                deep.add(e);
            }
        }, root);
        for (int i = deep.size() - 1; i >= 0; i--) {
            deep.get(i).unwrap();
        }
    }

    /** "By Amina Khan" → "Amina Khan". */
    static String withoutCreditWord(String credit) {
        return credit == null ? null : CREDIT_WORD.matcher(credit.strip()).replaceFirst("");
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

package org.newslens.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a page by content scoring over the DOM, in the manner of Mozilla's Readability:
 * paragraph-like blocks score by their length and commas, the score flows to their parent and ancestors
 * (weighted by tag and by class/id hints), is damped by link density, and the best-scoring block is taken
 * together with those of its siblings that score close to it or read as prose. Hidden nodes, unlikely
 * page furniture and the author credit are removed on the way. When the result is short, it tries again
 * with fewer removals. Deterministic: candidates are visited and compared in document order. This class
 * prepares the page and runs the attempts; {@link CandidateScorer} scores, {@link SiblingJoiner} gathers the
 * article around the best block and {@link InlineParagraphs} turns loose inline content into paragraphs.
 */
final class MainTextExtractor {
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|"
                    + "related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|"
                    + "pagination|pager|popup|yom-remote", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE_CANDIDATE = Pattern.compile("and|article|body|column|content|main|mathjax|shadow",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE_HINT = Pattern.compile("byline|author|dateline|writtenby|p-author", Pattern.CASE_INSENSITIVE);
    /** Where the name in a byline ends: a figure (date, time, "8h ago"), a bullet or bar, a line break. */
    private static final Pattern BYLINE_END = Pattern.compile("\\s*(?:\\d|[•·|]|\\n|@)");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
            "alertdialog", "dialog");
    private static final Set<String> LARGE_PAGE_FURNITURE = Set.of("nav", "header", "footer", "aside", "form", "button",
            "select", "input", "textarea", "iframe", "object", "embed", "svg", "canvas", "dialog");
    private static final Set<String> TAGS_TO_SCORE = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private static final Set<String> EMPTY_REMOVABLE = Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final int MIN_TEXT = 500;
    private static final double RETRY_SHARE = 0.7;

    /** Which removals an attempt makes; each retry drops the first that is still on. */
    private record Flags(boolean stripUnlikely, boolean weightClasses, boolean cleanConditionally) {
        Flags next() {
            if (stripUnlikely) {
                return new Flags(false, weightClasses, cleanConditionally);
            }
            if (weightClasses) {
                return new Flags(false, false, cleanConditionally);
            }
            return cleanConditionally ? new Flags(false, false, false) : null;
        }
    }

    /** The article's content and the author credit found in it (null when none). */
    record Result(Element content, String byline) {
    }

    private String byline;
    private boolean titleHeaderRemoved;

    /** The article's main content within {@code body}, a detached element; {@code body} itself is not changed. */
    Result extract(Element body, String title) {
        InlineParagraphs.replaceBreakRuns(body);
        Flags flags = new Flags(true, true, true);
        List<Result> attempts = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        while (flags != null) {
            byline = null;
            titleHeaderRemoved = false;
            Element content = attempt(body.clone(), title, flags);
            int length = content.text().length();
            if (length >= MIN_TEXT) {
                return new Result(content, byline);
            }
            attempts.add(new Result(content, byline));
            lengths.add(length);
            flags = flags.next();
        }
        // a short page: the strictest attempt unless a laxer one found clearly more text
        int longest = lengths.stream().max(Integer::compare).orElse(0);
        for (int i = 0; i < attempts.size(); i++) {
            if (lengths.get(i) >= longest * RETRY_SHARE) {
                return attempts.get(i);
            }
        }
        return attempts.get(attempts.size() - 1);
    }

    private Element attempt(Element page, String title, Flags flags) {
        DomText dom = new DomText(flags.weightClasses());
        List<Element> toScore = prepare(page, title, flags, dom);
        CandidateScorer scores = new CandidateScorer(dom);
        Element topCandidate = scores.best(page, toScore);
        Element article = new SiblingJoiner(scores, dom).join(topCandidate);
        new ContentCleaner(dom, flags.cleanConditionally(), title).clean(article);
        return article;
    }

    /**
     * Removes hidden nodes, the author credit, the headline repeated in the body and (when asked) unlikely
     * furniture; turns text-only divs into paragraphs; returns the elements to score in document order.
     */
    private List<Element> prepare(Element page, String title, Flags flags, DomText dom) {
        List<Element> toScore = new ArrayList<>();
        Element node = page;
        while (node != null) {
            String match = node.className() + " " + node.id();
            String tag = node.normalName();
            if (node != page && (!DomText.isVisible(node) || tag.equals("nav"))) {
                node = removeAndNext(node);
                continue;
            }
            if (node.attr("aria-modal").equals("true") && node.attr("role").equals("dialog")) {
                node = removeAndNext(node);
                continue;
            }
            if (isByline(node, match)) {
                byline = bylineText(node);
                node = removeAndNext(node);
                continue;
            }
            if (!titleHeaderRemoved && (tag.equals("h1") || tag.equals("h2")) && title != null
                    && DomText.similarity(title, node.text()) > 0.75) {
                titleHeaderRemoved = true;
                node = removeAndNext(node);
                continue;
            }
            if (flags.stripUnlikely() && node != page) {
                if (UNLIKELY.matcher(match).find() && !MAYBE_CANDIDATE.matcher(match).find()
                        && !DomText.hasAncestor(node, "table") && !DomText.hasAncestor(node, "code")
                        && !tag.equals("body") && !tag.equals("a")) {
                    node = removeAndNext(node);
                    continue;
                }
                if (UNLIKELY_ROLES.contains(node.attr("role"))) {
                    node = removeAndNext(node);
                    continue;
                }
            }
            if (flags.weightClasses() && node != page && ContentCleaner.isShareBar(node)) {
                node = removeAndNext(node);
                continue;
            }
            if (EMPTY_REMOVABLE.contains(tag) && DomText.isWithoutContent(node)) {
                node = removeAndNext(node);
                continue;
            }
            if (TAGS_TO_SCORE.contains(tag)) {
                toScore.add(node);
            }
            if (tag.equals("div")) {
                InlineParagraphs.wrapPhrasing(node);
                Element only = node.childrenSize() == 1 ? node.child(0) : null;
                if (only != null && only.normalName().equals("p") && !DomText.hasOwnText(node) && dom.linkDensity(node) < 0.25
                        && !DomText.isFurnitureNamed(node)) {
                    node.replaceWith(only);
                    node = only;
                    toScore.add(node);
                } else if (!DomText.hasBlockChild(node)) {
                    node.tagName("p");
                    toScore.add(node);
                }
            }
            node = next(node, false);
        }
        return toScore;
    }

    /**
     * The page's text without content scoring, for pages too large for it: hidden nodes, navigation, forms,
     * asides, headers and footers removed, the rest kept in order.
     */
    Result withoutScoring(Element body) {
        Element page = body;
        Element node = page;
        while (node != null) {
            String tag = node.normalName();
            if (node != page && (!DomText.isVisible(node) || LARGE_PAGE_FURNITURE.contains(tag))) {
                node = removeAndNext(node);
                continue;
            }
            node = next(node, false);
        }
        return new Result(page, null);
    }

    /** The name in the first visible author credit anywhere in the page, or null; the page is not changed. */
    String firstCredit(Element body) {
        byline = null;
        Element e = body;
        while (e != null) {
            if (e != body && !DomText.isVisible(e)) {
                e = next(e, true);
                continue;
            }
            if (e != body && isByline(e, e.className() + " " + e.id())) {
                return bylineText(e);
            }
            e = next(e, false);
        }
        return null;
    }

    private boolean isByline(Element node, String match) {
        if (byline != null) {
            return false;
        }
        boolean hinted = node.attr("rel").equals("author") || node.attr("itemprop").contains("author")
                || BYLINE_HINT.matcher(match).find();
        if (!hinted) {
            return false;
        }
        String text = node.text().strip();
        return !text.isEmpty() && text.length() < 100 && bylineText(node) != null;
    }

    /**
     * The credited name in a byline element: its marked-up name where it has one, else its text up to the
     * first date, time or separator ("Jane Doe · 3 June 2024"); null when no name is left.
     */
    static String bylineText(Element node) {
        Element name = node.selectFirst("[itemprop=name], [rel=author], a[class*=author], a[href*=author]");
        String text = name != null && name != node && !name.text().isBlank() ? name.text() : node.text();
        String cut = BYLINE_END.split(text.strip(), 2)[0].strip();
        cut = cut.replaceAll("[\\s,;:|•·@–—-]+$", "");
        return cut.codePoints().anyMatch(Character::isLetter) ? cut : null;
    }

    /** The next element in document order; with {@code skipChildren}, the next one after this element's subtree. */
    static Element next(Element node, boolean skipChildren) {
        if (!skipChildren && node.childrenSize() > 0) {
            return node.child(0);
        }
        for (Element e = node; e != null; e = e.parent()) {
            Element sibling = e.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }

    private static Element removeAndNext(Element node) {
        Element next = next(node, true);
        node.remove();
        return next;
    }
}

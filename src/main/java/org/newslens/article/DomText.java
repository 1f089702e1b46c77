package org.newslens.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Measures over page elements that content scoring uses: visible text, link density, class/id hints. */
final class DomText {
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|"
                    + "promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget",
            Pattern.CASE_INSENSITIVE);
    /** Whole class/id words that name page furniture, where the patterns above match parts of words. */
    private static final Pattern FURNITURE_WORD = Pattern.compile(
            "(?:^|[\\s_-])(?:ad|ads|advert|advertisement|promo|newsletter|subscribe|subscription|cookie|consent|"
                    + "recommended|paywall|outbrain|taboola)(?:$|[\\s_-])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DISPLAY_NONE = Pattern.compile("display\\s*:\\s*none", Pattern.CASE_INSENSITIVE);
    private static final Pattern VISIBILITY_HIDDEN = Pattern.compile("visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
    private static final String COMMAS = "\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C";
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final Set<String> BLOCK_CHILDREN = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");
    private static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data",
            "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript",
            "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span", "strong", "sub",
            "sup", "textarea", "time", "var", "wbr");
    private static final Set<String> PHRASING_IF_CHILDREN_ARE = Set.of("a", "del", "ins");

    private final boolean weightClasses;

    DomText(boolean weightClasses) {
        this.weightClasses = weightClasses;
    }

    /** Hidden by the page itself: display:none, visibility:hidden, the hidden attribute or aria-hidden. */
    static boolean isVisible(Element e) {
        String style = e.attr("style");
        if (!style.isEmpty() && (DISPLAY_NONE.matcher(style).find() || VISIBILITY_HIDDEN.matcher(style).find())) {
            return false;
        }
        if (e.hasAttr("hidden")) {
            return false;
        }
        // images behind aria-hidden are often the visible fallback of a lazy-loading script
        return !e.attr("aria-hidden").equals("true") || e.className().contains("fallback-image");
    }

    /** Text with runs of white space collapsed, stripped (as jsoup gives it). */
    static String innerText(Element e) {
        return e.text();
    }

    /** Clauses as commas of any script separate them: one more than the commas. */
    static int commaParts(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (COMMAS.indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text).find();
    }

    /** Share of the text that sits in links; in-page links ("#…") count for less. */
    double linkDensity(Element e) {
        int length = innerText(e).length();
        if (length == 0) {
            return 0;
        }
        double linkLength = 0;
        for (Element a : e.getElementsByTag("a")) {
            String href = a.attr("href");
            double coefficient = href.length() > 1 && href.startsWith("#") ? 0.3 : 1;
            linkLength += innerText(a).length() * coefficient;
        }
        return linkLength / length;
    }

    /** +25 for class or id words that mark content, -25 for those that mark furniture. */
    int classWeight(Element e) {
        if (!weightClasses) {
            return 0;
        }
        return wordsWeight(e.className()) + wordsWeight(e.id());
    }

    private static int wordsWeight(String words) {
        int weight = 0;
        if (NEGATIVE.matcher(words).find() || FURNITURE_WORD.matcher(words).find()) {
            weight -= 25;
        }
        if (POSITIVE.matcher(words).find()) {
            weight += 25;
        }
        return weight;
    }

    /** Named as an advert, promotion, sign-up box or the like by a whole word of its class or id. */
    static boolean isFurnitureNamed(Element e) {
        return FURNITURE_WORD.matcher(e.className()).find() || FURNITURE_WORD.matcher(e.id()).find();
    }

    double initialScore(Element e) {
        int score = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(e);
    }

    static boolean hasAncestor(Element e, String tag) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    static boolean isWithoutContent(Element e) {
        if (!e.text().isBlank()) {
            return false;
        }
        int breaks = e.getElementsByTag("br").size() + e.getElementsByTag("hr").size();
        return e.childrenSize() == 0 || e.childrenSize() == breaks;
    }

    static boolean hasOwnText(Element e) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (BLOCK_CHILDREN.contains(child.normalName()) || hasBlockChild(child)) {
                return true;
            }
        }
        return false;
    }

    static boolean isPhrasing(Node n) {
        if (n instanceof TextNode) {
            return true;
        }
        if (!(n instanceof Element e)) {
            return false;
        }
        String tag = e.normalName();
        if (PHRASING.contains(tag)) {
            return true;
        }
        if (PHRASING_IF_CHILDREN_ARE.contains(tag)) {
            for (Node child : e.childNodes()) {
                if (!isPhrasing(child)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    static boolean isWhitespace(Node n) {
        return n instanceof TextNode t && t.isBlank() || n instanceof Element e && e.normalName().equals("br");
    }

    /** How much of {@code b}'s wording also occurs in {@code a}, from 0 to 1. */
    static double similarity(String a, String b) {
        List<String> tokensA = tokens(a);
        List<String> tokensB = tokens(b);
        if (tokensA.isEmpty() || tokensB.isEmpty()) {
            return 0;
        }
        Set<String> inA = new HashSet<>(tokensA);
        List<String> unique = new ArrayList<>();
        for (String t : tokensB) {
            if (!inA.contains(t)) {
                unique.add(t);
            }
        }
        double distance = String.join(" ", unique).length() / (double) String.join(" ", tokensB).length();
        return 1 - distance;
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}

package org.newslens.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Cleans the chosen article content of what sits inside it but is not the story: forms, embeds, asides and
 * footers, headings marked as furniture, share bars, and (when asked) blocks whose shape says they are lists
 * of links, image strips or widgets rather than prose. Data tables and figures are kept.
 */
final class ContentCleaner {
    private static final Pattern SHARE = Pattern.compile("(\\b|_)(share|sharedaddy)(\\b|_)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AD_WORDS = Pattern.compile(
            "^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LOADING_WORDS = Pattern.compile(
            "^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};
    private static final String[] TEXTISH = {"span", "li", "td", "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"};
    private static final int SHARE_MAX_TEXT = 500;

    private final DomText dom;
    private final boolean conditionally;
    private final String title;
    private final Map<Element, Boolean> dataTables = new IdentityHashMap<>();

    ContentCleaner(DomText dom, boolean conditionally, String title) {
        this.dom = dom;
        this.conditionally = conditionally;
        this.title = title;
    }

    void clean(Element article) {
        markDataTables(article);
        cleanConditionally(article, "form");
        cleanConditionally(article, "fieldset");
        remove(article, "object, embed, footer, link, aside, iframe, input, textarea, select, button, script, style, noscript, template");
        for (Element child : new ArrayList<>(article.children())) {
            for (Element e : descendants(child)) {
                if (isShareBar(e)) {
                    e.remove();
                }
            }
        }
        for (Element h : descendants(article, "h1", "h2")) {
            if (dom.classWeight(h) < 0) {
                h.remove();
            }
        }
        cleanConditionally(article, "table");
        cleanConditionally(article, "ul");
        cleanConditionally(article, "div");
        removeHeadingRepeatingTitle(article);
        for (Element p : descendants(article, "p")) {
            String text = p.text();
            if (p.getElementsByTag("img").isEmpty() && text.isBlank() || AD_WORDS.matcher(text).matches()) {
                p.remove();
            }
        }
    }

    /** A share bar: named so in its class or id, and short. */
    static boolean isShareBar(Element e) {
        return SHARE.matcher(e.className() + " " + e.id()).find() && e.text().length() < SHARE_MAX_TEXT;
    }

    private void removeHeadingRepeatingTitle(Element article) {
        List<Element> h2 = descendants(article, "h2");
        if (h2.size() != 1 || title == null || title.isEmpty()) {
            return;
        }
        String text = h2.get(0).text();
        double rate = (text.length() - title.length()) / (double) title.length();
        if (Math.abs(rate) < 0.5 && (rate > 0 ? text.contains(title) : title.contains(text))) {
            h2.get(0).remove();
        }
    }

    private static void remove(Element article, String tags) {
        for (Element e : article.select(tags)) {
            if (e != article) {
                e.remove();
            }
        }
    }

    /** Descendants (not the element itself) with one of the tags, or all descendants, in document order. */
    private static List<Element> descendants(Element e, String... tags) {
        Elements all = tags.length == 0 ? e.getAllElements() : e.select(String.join(", ", tags));
        List<Element> out = new ArrayList<>(all.size());
        for (Element x : all) {
            if (x != e) {
                out.add(x);
            }
        }
        return out;
    }

    private void markDataTables(Element article) {
        for (Element table : descendants(article, "table")) {
            dataTables.put(table, isDataTable(table));
        }
    }

    private static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (table.hasAttr("summary")) {
            return true;
        }
        Element caption = table.selectFirst("caption");
        if (caption != null && caption.childNodeSize() > 0) {
            return true;
        }
        if (table.selectFirst("col, colgroup, tfoot, thead, th") != null) {
            return true;
        }
        if (!descendants(table, "table").isEmpty()) {
            return false;
        }
        int rows = 0;
        int columns = 0;
        for (Element tr : table.select("tr")) {
            rows++;
            int cells = 0;
            for (Element cell : tr.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells += Math.max(1, parseIntOr(cell.attr("colspan"), 1));
                }
            }
            columns = Math.max(columns, cells);
        }
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }

    private static int parseIntOr(String s, int fallback) {
        try {
            return s.isEmpty() ? fallback : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private boolean isInDataTable(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("table") && dataTables.getOrDefault(p, false)) {
                return true;
            }
        }
        return false;
    }

    private void cleanConditionally(Element article, String tag) {
        if (!conditionally) {
            return;
        }
        List<Element> nodes = descendants(article, tag);
        Collections.reverse(nodes);
        for (Element node : nodes) {
            if (node.parent() != null && shouldRemove(node, tag)) {
                node.remove();
            }
        }
    }

    private boolean shouldRemove(Element node, String tag) {
        String text = DomText.innerText(node);
        boolean isList = tag.equals("ul") || tag.equals("ol");
        if (!isList && !text.isEmpty()) {
            int listLength = 0;
            for (Element list : descendants(node, "ul", "ol")) {
                listLength += DomText.innerText(list).length();
            }
            isList = listLength / (double) text.length() > 0.9;
        }
        if (tag.equals("table") && dataTables.getOrDefault(node, false) || isInDataTable(node) || DomText.hasAncestor(node, "code")) {
            return false;
        }
        for (Element t : descendants(node, "table")) {
            if (dataTables.getOrDefault(t, false)) {
                return false;
            }
        }
        int weight = dom.classWeight(node);
        if (weight < 0) {
            return true;
        }
        if (DomText.count(text, ',') >= 10) {
            return false;
        }
        int p = node.getElementsByTag("p").size() - (node.normalName().equals("p") ? 1 : 0);
        int img = node.getElementsByTag("img").size();
        int li = node.getElementsByTag("li").size() - 100;
        int input = node.getElementsByTag("input").size();
        double headingDensity = textDensity(node, text, HEADINGS);
        int embeds = descendants(node, "object", "embed", "iframe").size();
        if (AD_WORDS.matcher(text).matches() || LOADING_WORDS.matcher(text).matches()) {
            return true;
        }
        int length = text.length();
        double linkDensity = dom.linkDensity(node);
        double textDensity = textDensity(node, text, TEXTISH);
        boolean inFigure = DomText.hasAncestor(node, "figure");
        boolean remove = !inFigure && img > 1 && p / (double) img < 0.5
                || !isList && li > p
                || input > Math.floor(p / 3.0)
                || !isList && !inFigure && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && linkDensity > 0
                || !isList && weight < 25 && linkDensity > 0.2
                || weight >= 25 && linkDensity > 0.5
                || embeds == 1 && length < 75 || embeds > 1
                || img == 0 && textDensity == 0;
        if (isList && remove) {
            for (Element child : node.children()) {
                if (child.childrenSize() > 1) {
                    return true;
                }
            }
            return img != node.getElementsByTag("li").size();
        }
        return remove;
    }

    private static double textDensity(Element node, String text, String... tags) {
        if (text.isEmpty()) {
            return 0;
        }
        int children = 0;
        for (Element e : descendants(node, tags)) {
            children += DomText.innerText(e).length();
        }
        return children / (double) text.length();
    }
}

package org.newslens.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article's headline from a page's {@code <title>} when its metadata gives none: the site's part
 * ("Headline | Site", "Site » Section » Headline") is cut off when what is left still reads as a headline,
 * and a title too short or too long to be one gives way to the page's only {@code <h1>}.
 */
final class PageTitle {
    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-\\\\/>»] ");
    private static final Pattern HIERARCHICAL = Pattern.compile(" [\\\\/>»] ");
    private static final Pattern LEADING_PART = Pattern.compile("^[^|\\-\\\\/>»]*[|\\-\\\\/>»]");
    private static final Pattern SEPARATOR_CHARS = Pattern.compile("[|\\-\\\\/>»]+");

    private PageTitle() {
    }

    static String of(Document doc, String siteName) {
        Element titleElement = doc.selectFirst("title");
        String original = titleElement == null ? "" : titleElement.text().strip();
        if (siteName != null) {
            Matcher site = Pattern.compile("^(.+?)\\s+[|\\-–—·•»:]\\s+" + Pattern.quote(siteName) + "$").matcher(original);
            if (site.matches()) {
                return site.group(1).strip();
            }
        }
        String title = original;
        boolean hierarchical = false;
        Matcher separators = SEPARATOR.matcher(title);
        int lastSeparator = -1;
        while (separators.find()) {
            lastSeparator = separators.start();
        }
        if (lastSeparator >= 0) {
            hierarchical = HIERARCHICAL.matcher(title).find();
            title = original.substring(0, lastSeparator);
            if (words(title) < 3) {
                title = LEADING_PART.matcher(original).replaceFirst("");
            }
        } else if (title.contains(": ")) {
            boolean isHeading = false;
            for (Element h : doc.select("h1, h2")) {
                if (h.text().strip().equals(original)) {
                    isHeading = true;
                    break;
                }
            }
            if (!isHeading) {
                title = original.substring(original.lastIndexOf(':') + 1);
                if (words(title) < 3) {
                    title = original.substring(original.indexOf(':') + 1);
                } else if (words(original.substring(0, original.indexOf(':'))) > 5) {
                    title = original;
                }
            }
        } else if (title.length() > 150 || title.length() < 15) {
            Elements h1 = doc.select("h1");
            if (h1.size() == 1) {
                title = h1.get(0).text();
            }
        }
        title = title.strip().replaceAll("\\s{2,}", " ");
        int count = words(title);
        if (count <= 4 && (!hierarchical || count != words(SEPARATOR_CHARS.matcher(original).replaceAll("")) - 1)) {
            title = original;
        }
        return title;
    }

    private static int words(String s) {
        return s.split("\\s+", -1).length;
    }
}

package org.newslens.article;

import java.util.Random;

/** Random but reproducible HTML pages: nested blocks, sibling paragraphs of equal length, lists, hidden nodes, links. */
public final class GeneratedPages {
    private static final String[] SENTENCES = {
        "Merkel met Macron here.", "The Taliban took Kabul.", "Rain fell on the port.", "The mayor left at noon.",
        "Officials in Lagos said the vote would be held in June, after a long delay.",
        "Prices rose again, the bank said, and few expect them to fall before the winter.",
        "“We were not told,” said one resident, who asked not to be named."};
    private static final String[] BLOCKS = {"div", "section", "article", "main", "div"};
    private static final String[] CLASSES = {"", "content", "story", "sidebar", "related", "share", "ad", "post-body", "footer", "x"};

    private GeneratedPages() {
    }

    public static String page(long seed) {
        Random r = new Random(seed);
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=utf-8>");
        if (r.nextBoolean()) {
            html.append("<title>Page ").append(seed).append(r.nextBoolean() ? " | Site" : "").append("</title>");
        }
        html.append("</head><body>");
        block(r, html, 0);
        return html.append("</body></html>").toString();
    }

    private static void block(Random r, StringBuilder html, int depth) {
        int children = 1 + r.nextInt(4);
        for (int i = 0; i < children; i++) {
            int kind = depth > 4 ? r.nextInt(4) : r.nextInt(7);
            switch (kind) {
                case 0, 1 -> html.append("<p>").append(sentence(r)).append(r.nextInt(3) == 0 ? " " + sentence(r) : "").append("</p>");
                case 2 -> html.append("<ul><li>").append(sentence(r)).append("</li><li><a href=\"/x\">").append(sentence(r)).append("</a></li></ul>");
                case 3 -> html.append(r.nextBoolean() ? "<h2>" + sentence(r) + "</h2>" : "<p hidden>" + sentence(r) + "</p>");
                default -> {
                    String tag = BLOCKS[r.nextInt(BLOCKS.length)];
                    String cls = CLASSES[r.nextInt(CLASSES.length)];
                    html.append('<').append(tag).append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append('>');
                    block(r, html, depth + 1);
                    html.append("</").append(tag).append('>');
                }
            }
        }
    }

    private static String sentence(Random r) {
        return SENTENCES[r.nextInt(SENTENCES.length)];
    }
}

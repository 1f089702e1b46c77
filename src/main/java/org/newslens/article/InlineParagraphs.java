package org.newslens.article;

import java.util.ArrayList;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Turns inline content that is not yet in paragraphs (runs between {@code <br>} runs, text directly in a div) into paragraphs. */
final class InlineParagraphs {
    private InlineParagraphs() {
    }

    /**
     * Older pages separate paragraphs with runs of {@code <br>}: each run becomes a paragraph holding the inline
     * content after it, so those paragraphs score like any other.
     */
    static void replaceBreakRuns(Element root) {
        for (Element br : root.getElementsByTag("br")) {
            if (br.parent() == null) {
                continue;
            }
            boolean run = false;
            Node next = nextNonBlank(br.nextSibling());
            while (next instanceof Element e && e.normalName().equals("br")) {
                run = true;
                Node after = e.nextSibling();
                e.remove();
                next = nextNonBlank(after);
            }
            if (!run) {
                continue;
            }
            Element p = new Element("p");
            br.replaceWith(p);
            Node sibling = p.nextSibling();
            while (sibling != null) {
                if (sibling instanceof Element e && e.normalName().equals("br")) {
                    Node following = nextNonBlank(e.nextSibling());
                    if (following instanceof Element f && f.normalName().equals("br")) {
                        break;
                    }
                }
                if (!DomText.isPhrasing(sibling)) {
                    break;
                }
                Node after = sibling.nextSibling();
                p.appendChild(sibling);
                sibling = after;
            }
            trimTrailingWhitespace(p);
            if (p.parent() != null && p.parent().normalName().equals("p")) {
                p.parent().tagName("div");
            }
        }
    }


    /** Wraps each run of inline content directly inside a div in a paragraph of its own. */
    static void wrapPhrasing(Element div) {
        Element p = null;
        for (Node child : new ArrayList<>(div.childNodes())) {
            if (DomText.isPhrasing(child)) {
                if (p != null) {
                    p.appendChild(child);
                } else if (!DomText.isWhitespace(child)) {
                    p = new Element("p");
                    child.replaceWith(p);
                    p.appendChild(child);
                }
            } else if (p != null) {
                trimTrailingWhitespace(p);
                p = null;
            }
        }
        if (p != null) {
            trimTrailingWhitespace(p);
        }
    }

    private static void trimTrailingWhitespace(Element p) {
        while (p.childNodeSize() > 0 && DomText.isWhitespace(p.childNode(p.childNodeSize() - 1))) {
            p.childNode(p.childNodeSize() - 1).remove();
        }
    }

    private static Node nextNonBlank(Node n) {
        Node x = n;
        while (x instanceof TextNode t && t.isBlank()) {
            x = x.nextSibling();
        }
        return x;
    }
}

package org.newslens.article;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Markdown read as prose, parsed by commonmark-java (linear in the input: docs/formats.md): the first
 * level-one heading (or a front-matter {@code title:}) is the title, other headings, list items, block quotes,
 * table rows and code blocks become paragraphs, and inline syntax is removed so the text reads as it would
 * rendered: emphasis and code ticks dropped, links reduced to their text, images left out.
 *
 * <p>Container nesting (block quotes, list items) deeper than {@link #MAX_NESTING} on one line and
 * indentation wider than {@link #MAX_INDENT} columns are flattened before parsing: no reader nests that
 * deep, and it keeps hostile input from building a tree millions of levels deep. Long paragraphs are parsed
 * inline in bounded pieces ({@link BoundedInlineParser}). The text is kept.
 */
final class MarkdownParser {
    static final int MAX_NESTING = 32;
    static final int MAX_INDENT = 128;
    private static final int FRONT_MATTER_MAX = 64 * 1024;
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\n(.*?)\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);
    private static final Pattern FRONT_TITLE = Pattern.compile("(?m)^title:\\s*[\"']?(.*?)[\"']?\\s*$");
    private static final Pattern TASK_MARKER = Pattern.compile("^\\[[ xX]\\]\\s+");

    private final Parser parser = Parser.builder()
            .extensions(List.of(StrikethroughExtension.create(), TablesExtension.create()))
            .inlineParserFactory(BoundedInlineParser::new)
            .build();

    ParsedDocument parse(String markdown) {
        String text = markdown;
        String title = null;
        Matcher front = FRONT_MATTER.matcher(text.length() > FRONT_MATTER_MAX ? text.substring(0, FRONT_MATTER_MAX) : text);
        if (front.find()) {
            Matcher t = FRONT_TITLE.matcher(front.group(1));
            if (t.find() && !t.group(1).isBlank()) {
                title = inlineText(parser.parse(t.group(1)));
            }
            text = text.substring(front.end());
        }

        List<String> paragraphs = new ArrayList<>();
        Deque<Node> blocks = new ArrayDeque<>();
        pushChildren(blocks, parser.parse(limitNesting(text)));
        while (!blocks.isEmpty()) {
            Node block = blocks.pop();
            if (block instanceof Heading h) {
                title = heading(h.getLevel(), inlineText(h).strip(), title, paragraphs);
            } else if (block instanceof org.commonmark.node.Paragraph p) {
                String s = inlineText(p);
                paragraphs.add(block.getParent() instanceof org.commonmark.node.ListItem && block.getPrevious() == null
                        ? TASK_MARKER.matcher(s).replaceFirst("") : s);
            } else if (block instanceof FencedCodeBlock code) {
                paragraphs.add(code.getLiteral());
            } else if (block instanceof IndentedCodeBlock code) {
                paragraphs.add(code.getLiteral());
            } else if (block instanceof HtmlBlock html) {
                paragraphs.add(Jsoup.parseBodyFragment(html.getLiteral()).text());
            } else if (block instanceof TableBlock) {
                tableRows(block, paragraphs);
            } else if (!(block instanceof ThematicBreak || block instanceof LinkReferenceDefinition)) {
                pushChildren(blocks, block); // document, block quote, list, list item
            }
        }
        paragraphs.removeIf(String::isBlank);
        if (paragraphs.isEmpty() && title != null) {
            paragraphs.add(title); // a note that is only a heading still has something to show
        }
        return new ParsedDocument(title, paragraphs);
    }

    /** The first level-one heading becomes the title; every other heading is a paragraph of its own. */
    private static String heading(int level, String text, String title, List<String> paragraphs) {
        if (text.isBlank()) {
            return title;
        }
        if (title == null && level == 1) {
            return text;
        }
        if (!(level == 1 && text.equals(title))) {
            paragraphs.add(text);
        }
        return title;
    }

    /** One paragraph per table row, its cells separated by " | " as in the source. */
    private static void tableRows(Node table, List<String> paragraphs) {
        Deque<Node> nodes = new ArrayDeque<>();
        pushChildren(nodes, table);
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            if (n instanceof TableRow) {
                List<String> cells = new ArrayList<>();
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell) {
                        cells.add(inlineText(c).strip());
                    }
                }
                paragraphs.add(String.join(" | ", cells));
            } else {
                pushChildren(nodes, n);
            }
        }
    }

    /** The text a reader sees in {@code block}'s inline content. Walks without recursion: emphasis can nest deep. */
    private static String inlineText(Node block) {
        StringBuilder out = new StringBuilder();
        Deque<Node> nodes = new ArrayDeque<>();
        pushChildren(nodes, block);
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            if (n instanceof Text t) {
                out.append(t.getLiteral());
            } else if (n instanceof Code c) {
                out.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.append(' ');
            } else if (!(n instanceof Image || n instanceof HtmlInline)) {
                pushChildren(nodes, n);
            }
        }
        return out.toString();
    }

    private static void pushChildren(Deque<Node> stack, Node parent) {
        Node child = parent.getLastChild();
        while (child != null) {
            stack.push(child);
            child = child.getPrevious();
        }
    }

    /**
     * Caps, on every line, the run of container markers ({@code >}, {@code -}, {@code *}, {@code +},
     * {@code 1.}) at {@link #MAX_NESTING} and the leading indentation at {@link #MAX_INDENT} columns, dropping
     * the surplus markers and spaces. One pass over the text.
     */
    static String limitNesting(String text) {
        StringBuilder out = null;
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int markers = 0;
            int indent = 0;
            int keepEnd = -1;
            int i = lineStart;
            while (i < lineEnd) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t') {
                    indent += c == '\t' ? 4 : 1;
                    i++;
                    if (indent > MAX_INDENT && keepEnd < 0) {
                        keepEnd = i - 1;
                    }
                    continue;
                }
                int markerEnd = markerEnd(text, i, lineEnd);
                if (markerEnd < 0) {
                    break;
                }
                indent = 0;
                markers++;
                i = markerEnd;
                if (markers == MAX_NESTING && keepEnd < 0) {
                    keepEnd = i;
                }
            }
            if (keepEnd >= 0) {
                if (out == null) {
                    out = new StringBuilder(n).append(text, 0, lineStart);
                }
                out.append(text, lineStart, keepEnd).append(' ').append(text, i, lineEnd);
            } else if (out != null) {
                out.append(text, lineStart, lineEnd);
            }
            if (out != null && lineEnd < n) {
                out.append('\n');
            }
            lineStart = lineEnd + 1;
        }
        return out == null ? text : out.toString();
    }

    /** End of the container marker starting at {@code i} ("&gt;", or a list marker followed by a space), or -1. */
    private static int markerEnd(String s, int i, int end) {
        char c = s.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        if ((c == '-' || c == '*' || c == '+') && i + 1 < end && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')) {
            return i + 1;
        }
        int j = i;
        while (j < end && j - i < 9 && Character.isDigit(s.charAt(j)) && s.charAt(j) < 128) {
            j++;
        }
        if (j > i && j + 1 < end && (s.charAt(j) == '.' || s.charAt(j) == ')') && (s.charAt(j + 1) == ' ' || s.charAt(j + 1) == '\t')) {
            return j + 1;
        }
        return -1;
    }
}

package org.newslens.ui.reader;

import java.util.List;
import org.newslens.article.Article;
import org.newslens.article.Paragraph;

/**
 * How the lines of {@code Article.text} (the text area's paragraphs, split at '\n') relate to the article's
 * paragraphs: which line shows which paragraph number in the gutter, and how each line is styled. The blank
 * separator lines between paragraphs stay in the text (so offsets match) and are styled small.
 */
public final class LineLayout {
    public static final String BODY = "body";
    public static final String BYLINE = "byline";
    public static final String SEPARATOR = "separator";
    /** The separator just before a byline: it draws the rule that sets the byline apart. */
    public static final String BYLINE_RULE = "byline-rule";

    private final String[] lines;
    private final int[] numbers;
    private final String[] styles;

    private LineLayout(String[] lines, int[] numbers, String[] styles) {
        this.lines = lines;
        this.numbers = numbers;
        this.styles = styles;
    }

    public static LineLayout of(Article article) {
        String[] lines = article.text().split("\n", -1);
        int[] numbers = new int[lines.length];
        String[] styles = new String[lines.length];
        List<Paragraph> paragraphs = article.paragraphs();
        int p = 0;
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            while (p < paragraphs.size() && paragraphs.get(p).end() < offset) {
                p++;
            }
            Paragraph current = p < paragraphs.size() && paragraphs.get(p).start() <= offset ? paragraphs.get(p) : null;
            if (lines[i].isEmpty() && (current == null || offset >= current.end())) {
                styles[i] = SEPARATOR;
            } else {
                styles[i] = current != null && current.kind() == Paragraph.Kind.BYLINE ? BYLINE : BODY;
                if (current != null && current.start() == offset) {
                    numbers[i] = current.number();
                }
            }
            offset += lines[i].length() + 1;
        }
        for (int i = 1; i < lines.length; i++) {
            if (BYLINE.equals(styles[i]) && SEPARATOR.equals(styles[i - 1])) {
                styles[i - 1] = BYLINE_RULE;
            }
        }
        return new LineLayout(lines, numbers, styles);
    }

    public int lineCount() {
        return lines.length;
    }

    public String line(int index) {
        return lines[index];
    }

    /** The article paragraph number starting on this line, or 0 (separator or continuation line). */
    public int paragraphNumber(int line) {
        return line >= 0 && line < numbers.length ? numbers[line] : 0;
    }

    public String style(int line) {
        return styles[line];
    }
}

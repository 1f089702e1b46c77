package org.newslens.article;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * commonmark-java's inline parser fed at most {@link #MAX_CHUNK} characters at a time. Its delimiter and
 * bracket matching grows faster than linearly with the length of one paragraph (a line of 96 KB of "*a "
 * took seconds, 1 MB of links and emphasis minutes: docs/benchmarks.md), so a paragraph longer than
 * that is parsed in pieces split at white space and joined again. Emphasis or a link that straddles a split
 * keeps its markers as text; the words are all kept.
 */
final class BoundedInlineParser implements InlineParser {
    static final int MAX_CHUNK = 1024;

    private final InlineParser delegate;
    private Node pendingJoin;

    BoundedInlineParser(InlineParserContext context) {
        this.delegate = new InlineParserImpl(context);
    }

    @Override
    public void parse(SourceLines lines, Node block) {
        int total = 0;
        for (SourceLine line : lines.getLines()) {
            total += line.getContent().length() + 1;
        }
        if (total <= MAX_CHUNK) {
            delegate.parse(lines, block);
            return;
        }
        List<SourceLine> chunk = new ArrayList<>();
        int chunkLength = 0;
        boolean first = true;
        for (SourceLine line : lines.getLines()) {
            CharSequence content = line.getContent();
            if (chunkLength > 0 && chunkLength + content.length() > MAX_CHUNK) {
                first = flush(chunk, block, first, false);
                chunkLength = 0;
            }
            int start = 0;
            while (content.length() - start > MAX_CHUNK) {
                int cut = splitPoint(content, start, start + MAX_CHUNK);
                chunk.add(line.substring(start, cut));
                first = flush(chunk, block, first, true);
                start = cut < content.length() && Character.isWhitespace(content.charAt(cut)) ? cut + 1 : cut;
            }
            chunk.add(start == 0 ? line : line.substring(start, content.length()));
            chunkLength += content.length() - start + 1;
        }
        flush(chunk, block, first, false);
    }

    /** Parses the lines gathered so far into {@code block}, after a space or line break that joins them to what came before. */
    private boolean flush(List<SourceLine> chunk, Node block, boolean first, boolean midLine) {
        if (chunk.isEmpty()) {
            return first;
        }
        if (!first) {
            block.appendChild(pendingJoin);
        }
        // parsed into a scratch node: the parser tidies all children of the node it is given, which would
        // make the pieces quadratic again
        Node scratch = new org.commonmark.node.Paragraph();
        delegate.parse(SourceLines.of(chunk), scratch);
        for (Node child = scratch.getFirstChild(); child != null; child = scratch.getFirstChild()) {
            block.appendChild(child);
        }
        pendingJoin = midLine ? new Text(" ") : new SoftLineBreak();
        chunk.clear();
        return false;
    }

    /** The last white space in (start + max/2, end], or {@code end} (kept off a surrogate pair's middle) when there is none. */
    private static int splitPoint(CharSequence s, int start, int end) {
        for (int i = end; i > start + MAX_CHUNK / 2; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return Character.isLowSurrogate(s.charAt(end)) ? end - 1 : end;
    }
}

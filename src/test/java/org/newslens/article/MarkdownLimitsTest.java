package org.newslens.article;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile Markdown (issue 9.9) loads with the right text. How long it takes is measured by
 * {@code bench.MarkdownBench} (docs/benchmarks.md), not here; these check the bound's behaviour.
 */
class MarkdownLimitsTest {
    @TempDir
    Path dir;

    @Test
    void unmatchedEmphasisMarkersStayAsWritten() throws Exception {
        String stars = "*a ".repeat(32 * 1024).strip();
        assertEquals(stars, Articles.load(dir, "stars.md", stars).text());
    }

    @Test
    void aOneMegabyteLineIsOneParagraphWithItsWords() throws Exception {
        String line = "Ministers met in Geneva on **Tuesday** and [agreed](https://example.org) a plan. ".repeat(13_000);
        Article a = Articles.load(dir, "line.md", line);
        assertEquals(1, a.paragraphs().size());
        assertEquals(line.replace("**", "").replace("[agreed](https://example.org)", "agreed").strip(), a.text());
    }

    @Test
    void quotesAndListsNestedTenThousandDeepKeepTheirText() throws Exception {
        Article quotes = Articles.load(dir, "q.md", "> ".repeat(10_000) + "Deep words here.\n");
        assertEquals("Deep words here.", quotes.text());
        Article lists = Articles.load(dir, "l.md", "- ".repeat(100_000) + "Deeper words.\n\nAfter the list.\n");
        assertArrayEquals(new String[] {"Deeper words.", "After the list."}, Articles.paragraphTexts(lists));
    }

    @Test
    void nestingBeyondTheCapIsFlattenedButShallowNestingIsUntouched() {
        String shallow = "> - > 1. item\n" + "  ".repeat(20) + "- indented item\n";
        assertEquals(shallow, MarkdownParser.limitNesting(shallow));
        String deep = "> ".repeat(MarkdownParser.MAX_NESTING + 5) + "text";
        String limited = MarkdownParser.limitNesting(deep);
        assertEquals(MarkdownParser.MAX_NESTING, limited.chars().filter(c -> c == '>').count());
        assertEquals(true, limited.endsWith(" text"));
    }

    @Test
    void aListIndentedTwoThousandLevelsDeepKeepsEveryItem() throws Exception {
        StringBuilder md = new StringBuilder();
        for (int depth = 0; depth < 2000; depth++) {
            md.append(" ".repeat(2 * depth)).append("- item ").append(depth).append('\n');
        }
        Article a = Articles.load(dir, "nested.md", md.toString());
        String[] texts = Articles.paragraphTexts(a);
        assertEquals("item 0", texts[0]);
        assertEquals(true, a.text().contains("item 1999"), "last item kept");
    }
}

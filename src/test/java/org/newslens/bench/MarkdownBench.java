package org.newslens.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntFunction;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;

/**
 * Adversarial Markdown (issue 9.9): each input at a base size and at twice and four times that size, so the
 * table shows whether load time grows linearly. Run by hand; results in docs/benchmarks.md:
 * <pre>java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.newslens.bench.MarkdownBench</pre>
 */
public final class MarkdownBench {
    private MarkdownBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("newslens-md-bench");
        run(dir, "'*a ' repeated", 96 * 1024, n -> "*a ".repeat(n / 3));
        run(dir, "one line of mixed inline syntax", 1024 * 1024,
                n -> "word *em _x [link](u `c` ![i](p) **b ".repeat(n / 38));
        run(dir, "one line of '[' and '*_'", 1024 * 1024, n -> "[*_".repeat(n / 3));
        run(dir, "nested list by indentation", 4 * 1024 * 1024, MarkdownBench::indentedList);
        run(dir, "'- ' and '> ' nested on one line", 4 * 1024 * 1024, n -> "- > ".repeat(n / 4) + "deep\n");
        run(dir, "ordinary prose paragraphs", 4 * 1024 * 1024,
                n -> "Some **bold** words and a [link](https://example.org) in a sentence of prose.\n\n".repeat(n / 80));
    }

    private static String indentedList(int bytes) {
        StringBuilder s = new StringBuilder(bytes + 64);
        for (int depth = 0; s.length() < bytes; depth++) {
            s.append(" ".repeat(2 * (depth % 2000))).append("- item ").append(depth).append('\n');
        }
        return s.toString();
    }

    private static void run(Path dir, String name, int base, IntFunction<String> make) throws Exception {
        ArticleLoader loader = new ArticleLoader();
        for (int factor : new int[] {1, 2, 4}) {
            Path file = Files.writeString(dir.resolve("bench.md"), make.apply(base * factor));
            long best = Long.MAX_VALUE;
            Article a = null;
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                a = loader.load(file);
                best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
            }
            System.out.printf(Locale.ROOT, "%-36s %8.2f MB  %7d paragraphs  best of 3 %6d ms%n",
                    name, Files.size(file) / 1048576.0, a.paragraphs().size(), best);
        }
    }
}

package org.newslens.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;

/**
 * Time to load a 5 MB article in each format (run by hand; results in docs/benchmarks.md):
 * <pre>mvn -B -q -o test-compile && java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
 *     org.newslens.bench.ArticleLoaderBench</pre>
 * where target/cp.txt comes from {@code mvn -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt}.
 */
public final class ArticleLoaderBench {
    private static final int TARGET_BYTES = 5 * 1024 * 1024;
    private static final int RUNS = 7;

    private ArticleLoaderBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("newslens-bench");
        String paragraph = "The committee reviewed the evidence and heard from dozens of witnesses over several weeks, "
                + "according to officials in Geneva. “It was a long process,” said its chair. ";
        StringBuilder text = new StringBuilder("Committee Report\n\n");
        StringBuilder markdown = new StringBuilder("# Committee Report\n\n");
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=utf-8><title>Committee Report | Bench</title>"
                + "</head><body><nav>Home</nav><article><h1>Committee Report</h1>\n");
        while (text.length() < TARGET_BYTES) {
            text.append(paragraph.repeat(4)).append("\n\n");
            markdown.append("Some **bold** words and a [link](https://example.org). ").append(paragraph.repeat(4)).append("\n\n");
            html.append("<p>Some <b>bold</b> words and a <a href=\"https://example.org\">link</a>. ")
                    .append(paragraph.repeat(4).replace("“", "&ldquo;").replace("”", "&rdquo;")).append("</p>\n");
        }
        html.append("</article><footer>Footer</footer></body></html>");
        run(Files.writeString(dir.resolve("big.txt"), text));
        run(Files.writeString(dir.resolve("big.md"), markdown));
        run(Files.writeString(dir.resolve("big.html"), html));
        Files.write(dir.resolve("big-1252.txt"), text.toString().getBytes("windows-1252"));
        run(dir.resolve("big-1252.txt"));
    }

    private static void run(Path file) throws Exception {
        ArticleLoader loader = new ArticleLoader();
        long[] millis = new long[RUNS];
        Article article = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            article = loader.load(file);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-13s %5.1f MB  %6d paragraphs  %-12s first %5d ms  median %5d ms  heap after %4d MB%n",
                file.getFileName(), Files.size(file) / 1048576.0, article.paragraphs().size(), article.encoding(),
                millis[0], sorted[RUNS / 2], heapMb);
    }
}

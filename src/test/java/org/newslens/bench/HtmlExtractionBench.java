package org.newslens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;

/**
 * Extracts every saved page of an evaluation folder (NAME.html beside NAME.expected.txt and NAME.meta.json)
 * and writes what the reader would show, for {@code html_score.py}: NAME.txt (the body), NAME.title.txt and
 * NAME.byline.txt. Scores the author credits itself against meta.json {@code byline} (normalised: case,
 * accents, punctuation and a leading "By" ignored) and prints the html_score.py command to run.
 * <pre>mvn -B -q -o test-compile && java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
 *     org.newslens.bench.HtmlExtractionBench /work/shared/eval/html-dev target/html-pred</pre>
 */
public final class HtmlExtractionBench {
    private HtmlExtractionBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dev = Path.of(args.length > 0 ? args[0] : "../shared/eval/html-dev");
        Path out = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/html-pred"));
        List<Path> pages;
        try (Stream<Path> files = Files.list(dev)) {
            pages = files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        ArticleLoader loader = new ArticleLoader();
        int withByline = 0;
        int bylinesRight = 0;
        List<String> misses = new ArrayList<>();
        long start = System.nanoTime();
        for (Path page : pages) {
            String name = page.getFileName().toString().replaceFirst("\\.html$", "");
            String body = "";
            String title = "";
            String author = null;
            try {
                Article a = loader.load(page);
                body = a.text();
                title = a.title();
                author = a.author();
            } catch (Exception e) {
                System.err.println(name + ": " + e.getMessage());
            }
            Files.writeString(out.resolve(name + ".txt"), body, StandardCharsets.UTF_8);
            Files.writeString(out.resolve(name + ".title.txt"), title, StandardCharsets.UTF_8);
            Files.writeString(out.resolve(name + ".byline.txt"), author == null ? "" : author, StandardCharsets.UTF_8);
            Path metaFile = dev.resolve(name + ".meta.json");
            if (Files.exists(metaFile)) {
                JsonNode meta = Json.mapper().readTree(metaFile.toFile());
                String want = meta.path("byline").isTextual() ? meta.path("byline").asText() : "";
                if (!want.isBlank()) {
                    withByline++;
                    if (sameCredit(want, author)) {
                        bylinesRight++;
                    } else {
                        misses.add(String.format(Locale.ROOT, "  %-40s want %-35s got %s", name, "\"" + want.strip() + "\"", author));
                    }
                }
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (args.length > 2 && args[2].equals("--bylines")) {
            misses.forEach(System.out::println);
        }
        System.out.printf(Locale.ROOT, "pages %d in %d ms; author credits right: %d of %d%n", pages.size(), ms, bylinesRight, withByline);
        System.out.println("body/title: python3 " + dev.getParent().resolve("html_score.py") + " " + dev + " " + out);
    }

    /** Author credits compared as a reader would: case, accents, punctuation and a leading "By" ignored. */
    static boolean sameCredit(String expected, String got) {
        return got != null && normalise(expected).equals(normalise(got));
    }

    static String normalise(String credit) {
        String s = Normalizer.normalize(credit, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return s.replaceFirst("^(?:by|par|von|por|di|door)\\s+", "");
    }
}

package org.newslens.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newslens.annotation.Annotation;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.AnnotationStore;
import org.newslens.annotation.HighlightColour;
import org.newslens.annotation.WebAnnotationCodec;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.article.TextRange;
import org.newslens.export.SentencePassages;

/**
 * Re-anchoring after the article changed (run by hand; results in docs/benchmarks.md): every sentence of
 * an article highlighted, then the text edited (a paragraph inserted at the top, one word changed in every
 * fifth sentence, every seventh sentence deleted) and the store opened on the new text.
 * <pre>java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.newslens.bench.AnchoringBench [ARTICLE] [COPIES]</pre>
 * ARTICLE may be a folder: its .txt files joined make one long article. COPIES repeats it (default 1).
 */
public final class AnchoringBench {
    private AnchoringBench() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args.length > 0 ? args[0] : "seeds/000_2eaa2faa629b3bd4.txt");
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path dir = Files.createTempDirectory("newslens-anchoring");
        String raw;
        if (Files.isDirectory(source)) {
            StringBuilder joined = new StringBuilder();
            try (var files = Files.list(source)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    joined.append(Files.readString(f)).append("\n\n");
                }
            }
            raw = joined.toString();
        } else {
            raw = Files.readString(source);
        }
        Path file = dir.resolve("article.txt");
        Files.writeString(file, (raw + "\n\n").repeat(copies));
        Article before = new ArticleLoader().load(file);
        List<TextRange> sentences = new SentencePassages().sentences(before);

        AnnotationStorage storage = new AnnotationStorage(dir.resolve("annotations"), new WebAnnotationCodec(Json.mapper()), Clock.systemUTC());
        AnnotationStore store = storage.open(before);
        List<Annotation> all = new ArrayList<>();
        for (TextRange s : sentences) {
            all.add(Annotation.create(before.text(), file.toString(), s.start(), s.end(), HighlightColour.YELLOW, "", List.of(), Instant.now()));
        }
        long t0 = System.nanoTime();
        store.importAnnotations(all);
        long importMs = (System.nanoTime() - t0) / 1_000_000;

        StringBuilder edited = new StringBuilder("A paragraph added at the top by the editor.\n\n");
        String text = before.text();
        int last = 0;
        List<String> expectedText = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            TextRange s = sentences.get(i);
            edited.append(text, last, s.start());
            String sentence = text.substring(s.start(), s.end());
            if (i % 7 == 3) {
                sentence = "";
            } else if (i % 5 == 1) {
                sentence = sentence.replaceFirst("\\b(the|a|and|of|in)\\b", "THE");
            }
            edited.append(sentence);
            expectedText.add(sentence.isEmpty() ? null : sentence);
            last = s.end();
        }
        edited.append(text.substring(last));
        Files.writeString(file, edited.toString());
        Article after = new ArticleLoader().load(file);

        long warm = System.nanoTime();
        org.newslens.annotation.Anchorer anchorer = new org.newslens.annotation.Anchorer();
        for (Annotation a : all) {
            anchorer.anchor(a.position(), a.quote(), after.text());
        }
        long anchorOnlyMs = (System.nanoTime() - warm) / 1_000_000;
        long t1 = System.nanoTime();
        AnnotationStore reopened = storage.open(after);
        long reanchorMs = (System.nanoTime() - t1) / 1_000_000;
        System.out.printf(Locale.ROOT, "anchoring alone (first pass, cold): %d ms%n", anchorOnlyMs);
        System.out.printf(Locale.ROOT, "text %,d chars, %d highlights; import %d ms; re-anchor on open %d ms: %d placed, %d orphans%n",
                text.length(), all.size(), importMs, reanchorMs, reopened.annotations().size(), reopened.orphans().size());
        int right = 0;
        int wrong = 0;
        int deletedButPlaced = 0;
        for (int i = 0; i < all.size(); i++) {
            var placed = reopened.find(all.get(i).id()).filter(a -> !reopened.isOrphan(a.id()));
            String want = expectedText.get(i);
            if (placed.isPresent() && want == null) {
                deletedButPlaced++;
            } else if (placed.isPresent()) {
                if (after.text().substring(placed.get().start(), placed.get().end()).equals(want)) {
                    right++;
                } else {
                    wrong++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "placed on exactly the edited sentence: %d; placed elsewhere or with other bounds: %d; "
                + "deleted sentence placed on a duplicate: %d%n", right, wrong, deletedButPlaced);
        for (var method : org.newslens.annotation.Anchoring.Method.values()) {
            long n = all.stream().filter(a -> reopened.anchoringOf(a.id()).orElse(null) == method).count();
            System.out.printf(Locale.ROOT, "  %s: %d%n", method, n);
        }
    }
}

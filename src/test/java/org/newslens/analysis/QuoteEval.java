package org.newslens.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.newslens.app.AppHome;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityService;

/**
 * Scores quotes and dates against the hand-marked set in src/test/resources/quotes-eval (run by hand; results
 * in docs/quotes.md):
 * <pre>java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.newslens.analysis.QuoteEval [dev|heldout|all] [--errors]</pre>
 * Gold quotes and dates are strings; their offsets are found in the loaded article text ({@code occurrence}
 * picks the n-th, from 1), so they are exact. Quote spans must match exactly; speaker accuracy is over
 * correctly found quotes (names equal, or every word of the shorter in the longer); cue accuracy likewise;
 * date accuracy is over gold dates whose mention the recogniser found (same start).
 */
public final class QuoteEval {
    static final Path SET = Path.of("src/test/resources/quotes-eval");

    /** A gold or predicted quote reduced to what is scored. */
    record Item(int start, int end, String text, String speaker, String cue, String kind) {
    }

    /** Counts of one run over a split. */
    static final class Score {
        int gold;
        int predicted;
        int matched;
        int speakerRight;
        int cueRight;
        int dates;
        int datesFound;
        int datesRight;
        final List<String> errors = new ArrayList<>();

        double precision() {
            return predicted == 0 ? 0 : matched / (double) predicted;
        }

        double recall() {
            return gold == 0 ? 0 : matched / (double) gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%-10s quotes gold %d, found %d, exact %d: P %.3f R %.3f F1 %.3f | speaker %d/%d = %.3f | cue %d/%d = %.3f"
                            + " | dates %d/%d right of %d found (%d gold) = %.3f",
                    name, gold, predicted, matched, precision(), recall(), f1(), speakerRight, matched,
                    matched == 0 ? 0 : speakerRight / (double) matched, cueRight, matched, matched == 0 ? 0 : cueRight / (double) matched,
                    datesRight, datesFound, datesFound, dates, datesFound == 0 ? 0 : datesRight / (double) datesFound);
        }
    }

    private QuoteEval() {
    }

    public static void main(String[] args) throws Exception {
        String split = args.length > 0 ? args[0] : "all";
        boolean showErrors = List.of(args).contains("--errors");
        AppHome home = AppHome.fromEnvironment();
        EntityService entities = EntityService.createDefault(home);
        AnalysisService analysis = new AnalysisService(Files.createTempDirectory("quote-eval"), new ReaderDates(Files.createTempFile("dates", ".json")));
        Score direct = new Score();
        Score score = run(split, article -> {
            EntityAnalysis e = entities.analyse(article.article());
            ArticleDates.Found date = ArticleDates.find(article.article());
            if (date == null && article.readerDate() != null) {
                date = new ArticleDates.Found(article.readerDate(), "reader");
            }
            ArticleAnalysis a = analysis.compute(article.article().text(), e, date);
            Prediction p = new Prediction(a.quotes().stream().map(q -> new Item(q.start(), q.end(), q.text(),
                    q.speaker() == null ? null : q.speaker().name(), q.cue(), q.kind().name())).toList(), a.timeline());
            score(new GoldArticle(article.name(), article.article(), article.readerDate(),
                    article.quotes().stream().filter(x -> x.kind().equals("DIRECT")).toList(), List.of()),
                    new Prediction(p.quotes().stream().filter(x -> x.kind().equals("DIRECT")).toList(), List.of()), direct);
            return p;
        });
        System.out.println(score.line(split));
        System.out.println(direct.line(split + " direct only"));
        if (showErrors) {
            score.errors.forEach(System.out::println);
        }
    }

    /** One gold article, loaded. */
    record GoldArticle(String name, Article article, LocalDate readerDate, List<Item> quotes, List<TimeExpression> dates) {
    }

    /** What a system said about an article. */
    record Prediction(List<Item> quotes, List<TimeExpression> dates) {
    }

    static Score run(String split, Function<GoldArticle, Prediction> system) throws Exception {
        Score s = new Score();
        for (GoldArticle g : load(split)) {
            Prediction p = system.apply(g);
            score(g, p, s);
        }
        return s;
    }

    static List<GoldArticle> load(String split) throws Exception {
        ObjectMapper json = Json.mapper();
        List<GoldArticle> out = new ArrayList<>();
        List<Path> files;
        try (var list = Files.list(SET)) {
            files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        ArticleLoader loader = new ArticleLoader();
        for (Path f : files) {
            JsonNode root = json.readTree(f.toFile());
            if (!split.equals("all") && !split.equals(root.get("split").asText())) {
                continue;
            }
            Path source = Path.of(root.get("source").asText());
            Article article = loader.load(source);
            String text = article.text();
            List<Item> quotes = new ArrayList<>();
            for (JsonNode q : root.withArray("quotes")) {
                int at = q.has("start") && text.startsWith(q.get("text").asText(), q.get("start").asInt())
                        ? q.get("start").asInt() : find(text, q.get("text").asText(), q.path("occurrence").asInt(1), f);
                quotes.add(new Item(at, at + q.get("text").asText().length(), q.get("text").asText(),
                        q.path("speaker").isNull() ? null : q.path("speaker").asText(null),
                        q.path("cue").isNull() ? null : q.path("cue").asText(null), q.path("kind").asText("DIRECT")));
            }
            List<TimeExpression> dates = new ArrayList<>();
            for (JsonNode d : root.withArray("dates")) {
                int at = d.has("start") && text.startsWith(d.get("text").asText(), d.get("start").asInt())
                        ? d.get("start").asInt() : find(text, d.get("text").asText(), d.path("occurrence").asInt(1), f);
                dates.add(new TimeExpression(at, at + d.get("text").asText().length(), d.get("text").asText(),
                        d.path("value").isNull() ? null : d.path("value").asText(null), null, null, null, 0, 0));
            }
            LocalDate reader = root.hasNonNull("readerDate") ? LocalDate.parse(root.get("readerDate").asText()) : null;
            out.add(new GoldArticle(f.getFileName().toString(), article, reader, quotes, dates));
        }
        return out;
    }

    private static int find(String text, String words, int occurrence, Path file) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(words, at + 1);
            if (at < 0) {
                throw new IllegalStateException(file + ": \"" + words + "\" (occurrence " + occurrence + ") is not in the article");
            }
        }
        return at;
    }

    static void score(GoldArticle g, Prediction p, Score s) {
        s.gold += g.quotes().size();
        s.predicted += p.quotes().size();
        for (Item gold : g.quotes()) {
            Item hit = null;
            for (Item q : p.quotes()) {
                if (q.start() == gold.start() && q.end() == gold.end()) {
                    hit = q;
                }
            }
            if (hit == null) {
                s.errors.add(g.name() + " MISSED  " + gold.text());
                continue;
            }
            s.matched++;
            if (sameSpeaker(gold.speaker(), hit.speaker())) {
                s.speakerRight++;
            } else {
                s.errors.add(g.name() + " SPEAKER " + hit.speaker() + " should be " + gold.speaker() + ": " + gold.text());
            }
            if (gold.cue() == null ? hit.cue() == null : gold.cue().equalsIgnoreCase(String.valueOf(hit.cue()))) {
                s.cueRight++;
            } else {
                s.errors.add(g.name() + " CUE     " + hit.cue() + " should be " + gold.cue() + ": " + gold.text());
            }
        }
        for (Item q : p.quotes()) {
            if (g.quotes().stream().noneMatch(gq -> gq.start() == q.start() && gq.end() == q.end())) {
                s.errors.add(g.name() + " EXTRA   " + q.text());
            }
        }
        for (TimeExpression gold : g.dates()) {
            s.dates++;
            TimeExpression hit = p.dates().stream().filter(d -> d.start() == gold.start()).findFirst().orElse(null);
            if (hit == null) {
                s.errors.add(g.name() + " DATE NOT FOUND " + gold.text());
                continue;
            }
            s.datesFound++;
            if (gold.value() == null ? hit.value() == null : gold.value().equals(hit.value())) {
                s.datesRight++;
            } else {
                s.errors.add(g.name() + " DATE    " + hit.text() + " = " + hit.value() + " should be " + gold.value());
            }
        }
    }

    /** Equal, or every word of the shorter name in the longer ("Geraghty" / "John Geraghty"). */
    static boolean sameSpeaker(String gold, String predicted) {
        if (gold == null || predicted == null) {
            return gold == null && predicted == null;
        }
        List<String> a = words(gold);
        List<String> b = words(predicted);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.size() <= b.size() ? b.containsAll(a) : a.containsAll(b);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !w.equals("the")) {
                out.add(w);
            }
        }
        return out;
    }

    /** Writes a draft gold file per article from the system's answer, to be read and corrected by hand. */
    static void draft(Path source, String split, Prediction p, Path into) throws Exception {
        ObjectMapper json = Json.mapper();
        ObjectNode root = json.createObjectNode();
        root.put("source", source.toString());
        root.put("split", split);
        ArrayNode quotes = root.putArray("quotes");
        for (Item q : p.quotes()) {
            quotes.addObject().put("text", q.text()).put("start", q.start()).put("speaker", q.speaker()).put("cue", q.cue()).put("kind", q.kind());
        }
        ArrayNode dates = root.putArray("dates");
        for (TimeExpression d : p.dates()) {
            dates.addObject().put("text", d.text()).put("start", d.start()).put("value", d.value());
        }
        Files.writeString(into, json.writeValueAsString(root));
    }
}

package org.newslens.nlp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.newslens.app.Json;

/**
 * Scores the recogniser on the shared evaluation set (run by hand, not a test):
 *
 *   java -cp target/classes:target/test-classes:$(cat cp.txt) org.newslens.nlp.EvalNer \
 *       /work/shared/eval/conll-dev OUT_DIR [--threads 2] [--steps]
 *
 * Tags every doc-NNN.txt once (CoreNLP CRFs, all documents in one JVM), keeps the tags in OUT_DIR/tokens.json
 * so later runs only re-apply the rules, and writes OUT_DIR/STEP/doc-NNN.entities.json for the full rule set
 * (STEP = "all") or, with --steps, for each cumulative step as well; then score each directory with
 *   python3 /work/shared/eval/ner_score.py conll /work/shared/eval/conll-dev OUT_DIR/STEP
 */
public final class EvalNer {
    /** A token as kept in tokens.json, every model's tag read. */
    record Stored(String word, int start, int end, int sentence, String conll, String wide, String muc) {
        static Stored of(Token t) {
            return new Stored(t.word(), t.start(), t.end(), t.sentence(), t.conll(), t.wide(), t.muc());
        }

        Token token() {
            return new Token(word, start, end, sentence, conll, wide, muc);
        }
    }

    public static void main(String[] args) throws Exception {
        Path gold = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int threads = 2;
        boolean steps = false;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--threads")) {
                threads = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--steps")) {
                steps = true;
            }
        }
        ObjectMapper json = Json.mapper();
        List<Path> docs;
        try (Stream<Path> s = Files.list(gold)) {
            docs = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path d : docs) {
            texts.put(d.getFileName().toString().replace(".txt", ""), Files.readString(d));
        }
        CoreNlpTagger tagger = new CoreNlpTagger();
        Path tokenFile = out.resolve("tokens.json");
        Map<String, List<Token>> tokens;
        Files.createDirectories(out);
        if (Files.exists(tokenFile)) {
            tokens = new LinkedHashMap<>();
            Map<String, List<Stored>> stored = json.readValue(tokenFile.toFile(), new TypeReference<Map<String, List<Stored>>>() { });
            stored.forEach((doc, list) -> tokens.put(doc, list.stream().map(Stored::token).toList()));
        } else {
            long t0 = System.nanoTime();
            tagger.load();
            long t1 = System.nanoTime();
            tokens = tag(tagger, texts, threads);
            long t2 = System.nanoTime();
            int n = tokens.values().stream().mapToInt(List::size).sum();
            System.out.printf("load %.2f s; tagged %d tokens in %.2f s on %d threads: %.0f tokens/s%n",
                    (t1 - t0) / 1e9, n, (t2 - t1) / 1e9, threads, n / ((t2 - t1) / 1e9));
            Map<String, List<Stored>> stored = new LinkedHashMap<>();
            tokens.forEach((doc, list) -> stored.put(doc, list.stream().map(Stored::of).toList()));
            json.writeValue(tokenFile.toFile(), stored);
        }
        Map<String, EnumSet<NameRules.Step>> variants = new LinkedHashMap<>();
        if (steps) {
            // the default steps added one at a time, then each step left out of the default set on its own
            EnumSet<NameRules.Step> cumulative = EnumSet.noneOf(NameRules.Step.class);
            variants.put("0-base", EnumSet.noneOf(NameRules.Step.class));
            int k = 1;
            for (NameRules.Step s : NameRules.Step.values()) {
                if (NameRules.DEFAULT.contains(s)) {
                    cumulative.add(s);
                    variants.put(k++ + "+" + s.name().toLowerCase(), EnumSet.copyOf(cumulative));
                }
            }
            for (NameRules.Step s : NameRules.Step.values()) {
                EnumSet<NameRules.Step> changed = EnumSet.copyOf(NameRules.DEFAULT);
                if (!changed.remove(s)) {
                    changed.add(s);
                }
                variants.put((NameRules.DEFAULT.contains(s) ? "default-" : "default+") + s.name().toLowerCase(), changed);
            }
        }
        variants.put("default", EnumSet.copyOf(NameRules.DEFAULT));
        for (Map.Entry<String, EnumSet<NameRules.Step>> v : variants.entrySet()) {
            Path dir = Files.createDirectories(out.resolve(v.getKey()));
            CoreNlpRecogniser recogniser = new CoreNlpRecogniser(tagger, v.getValue());
            for (Map.Entry<String, String> doc : texts.entrySet()) {
                EntityAnalysis a = recogniser.fromTokens(doc.getValue(), tokens.get(doc.getKey()));
                ArrayNode mentions = json.createArrayNode();
                for (Mention m : a.mentions()) {
                    ObjectNode n = mentions.addObject();
                    n.put("start", m.start());
                    n.put("end", m.end());
                    n.put("label", m.label().name());
                    n.put("text", m.text());
                }
                ObjectNode root = json.createObjectNode();
                root.set("mentions", mentions);
                json.writeValue(new File(dir.toFile(), doc.getKey() + ".entities.json"), root);
            }
            Process p = new ProcessBuilder("python3", "/work/shared/eval/ner_score.py", "conll", gold.toString(), dir.toString(), "--json")
                    .redirectErrorStream(true).start();
            String result = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            com.fasterxml.jackson.databind.JsonNode micro = json.readTree(result).get("exact").get("micro");
            System.out.printf("%-24s F1 %.4f  P %.4f  R %.4f  (tp %d fp %d fn %d)%n", v.getKey(), micro.get("f1").asDouble(),
                    micro.get("p").asDouble(), micro.get("r").asDouble(), micro.get("tp").asInt(), micro.get("fp").asInt(),
                    micro.get("fn").asInt());
        }
    }

    private static Map<String, List<Token>> tag(Tagger r, Map<String, String> texts, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Map<String, Future<List<Token>>> futures = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : texts.entrySet()) {
                futures.put(e.getKey(), pool.submit(() -> r.tag(e.getValue())));
            }
            Map<String, List<Token>> out = new LinkedHashMap<>();
            for (Map.Entry<String, Future<List<Token>>> e : futures.entrySet()) {
                out.put(e.getKey(), new ArrayList<>(e.getValue().get()));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}

package org.newslens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.newslens.analysis.ArticleDates;
import org.newslens.analysis.QuoteFinder;
import org.newslens.analysis.Timeline;
import org.newslens.app.AppHome;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.article.Paragraph;
import org.newslens.article.SourceFormat;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.index.SearchResult;
import org.newslens.index.SearchScope;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.EntityService;
import org.newslens.nlp.Mention;

/**
 * Search benchmark (run by hand, not a test): index build time and query latency p50/p95 over a mixed set
 * of term, phrase, fuzzy, wildcard and entity queries, for the seed article and for a library built by
 * recombining the CoNLL development texts, each beside a bare Lucene IndexSearcher on the same index.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.newslens.bench.SearchBench \
 *     [--articles 10000] [--rounds 20] [--eval ../shared/eval/conll-dev] [--seed seeds/000_2eaa2faa629b3bd4.txt] [--build-only yes]
 * </pre>
 *
 * Library entities are the CoNLL gold mentions (MISC left out) shifted to their new offsets, each distinct
 * mention text its own entity; the seed's entities come from the entity service (cache, else CoreNLP).
 */
public final class SearchBench {
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final Pattern PAIR = Pattern.compile("(\\p{L}{3,}) (\\p{L}{3,})");
    private static final int QUERIES_PER_KIND = 10;

    record Sentence(String text, List<Mention> mentions) {
    }

    private record Bench(String kind, String query) {
    }

    /**
     * The part of the build the quote, speaker and date fields add: the same articles again (same random
     * draw), through the analysis rules alone, on this thread.
     */
    private static void analysisShare(List<Sentence> sentences, int articles) {
        Random random = new Random(42);
        QuoteFinder quotes = new QuoteFinder();
        Timeline timeline = new Timeline();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = 0;
        int found = 0;
        for (int i = 0; i < articles; i++) {
            Recombined r = recombine(sentences, random, i);
            EntityAnalysis e = entities(r.article(), r.picked(), sentences);
            long before = threads.getCurrentThreadCpuTime();
            found += quotes.find(r.article().text(), e).size();
            ArticleDates.Found date = ArticleDates.find(r.article());
            timeline.build(r.article().text(), e, date == null ? null : date.date());
            cpu += threads.getCurrentThreadCpuTime() - before;
        }
        System.out.printf(Locale.ROOT, "of which quotes and dates (analysis rules alone, %d quotes): %.1f s CPU, %.2f ms per article%n",
                found, cpu / 1e9, cpu / 1e6 / articles);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        int articles = Integer.parseInt(opts.getOrDefault("--articles", "10000"));
        int rounds = Integer.parseInt(opts.getOrDefault("--rounds", "20"));
        Path eval = Path.of(opts.getOrDefault("--eval", "../shared/eval/conll-dev"));
        Path seedFile = Path.of(opts.getOrDefault("--seed", "seeds/000_2eaa2faa629b3bd4.txt"));
        Path work = Files.createTempDirectory("newslens-bench");
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        // --- seed article ---
        Article seed = new ArticleLoader().load(seedFile);
        EntityAnalysis seedEntities = EntityService.createDefault(AppHome.fromEnvironment()).analyse(seed);
        Path seedDir = work.resolve("seed-index");
        long t0 = System.nanoTime();
        try (LuceneArticleIndex index = LuceneArticleIndex.open(seedDir)) {
            index.index(seed, seedEntities);
            index.commit();
            double buildMs = (System.nanoTime() - t0) / 1e6;
            List<Bench> queries = queries(List.of(new Sentence(seed.text(), seedEntities.mentions())), new Random(1));
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] warm = new long[30];
            long[] warmCpu = new long[30];
            for (int i = 0; i < warm.length; i++) {
                try (LuceneArticleIndex scratch = LuceneArticleIndex.inMemory()) {
                    long cpu = threads.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    scratch.index(seed, seedEntities);
                    scratch.commit();
                    warm[i] = System.nanoTime() - t;
                    warmCpu[i] = threads.getCurrentThreadCpuTime() - cpu;
                }
            }
            Arrays.sort(warm);
            Arrays.sort(warmCpu);
            System.out.printf(Locale.ROOT, "%n## Seed article (%d chars, %d mentions): open+index+commit in a cold JVM %.1f ms; "
                    + "index+commit (in memory, warm) median %.2f ms wall, %.2f ms CPU%n",
                    seed.text().length(), seedEntities.mentions().size(), buildMs, warm[warm.length / 2] / 1e6, warmCpu[warm.length / 2] / 1e6);
            run(index, seedDir, queries, SearchScope.article(seed), 1, rounds * 10);
            multiTermChoice(index, seedDir, queries, SearchScope.article(seed), 1, rounds * 10);
        }

        if (articles <= 0) {
            return;
        }
        // --- library ---
        List<Sentence> sentences = sentences(eval);
        Random random = new Random(42);
        Path libDir = work.resolve("library-index");
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        try (LuceneArticleIndex index = LuceneArticleIndex.open(libDir)) {
            long[] built = fillLibrary(index, sentences, random, articles);
            long chars = built[0];
            long mentions = built[1];
            double buildS = (System.nanoTime() - start) / 1e9;
            double cpuS = (processCpuNanos() - cpuStart) / 1e9;
            System.out.printf(Locale.ROOT, "%n## Library: %d articles, %.1f MB of text, %d mentions: build %.1f s wall, %.1f s CPU (all threads, incl. recombining), %.0f articles/s, index %.1f MB%n",
                    articles, chars / 1e6, mentions, buildS, cpuS, articles / buildS, size(libDir) / 1e6);
            analysisShare(sentences, articles);
            if (opts.containsKey("--build-only")) {
                return;
            }
            List<Bench> queries = queries(sentences, new Random(2));
            for (int max : new int[] {LuceneArticleIndex.DEFAULT_MAX_ARTICLES, 100}) {
                System.out.printf(Locale.ROOT, "%n### top %d articles with hits%n", max);
                run(index, libDir, queries, SearchScope.all(), max, rounds);
            }
            multiTermChoice(index, libDir, queries, SearchScope.all(), LuceneArticleIndex.DEFAULT_MAX_ARTICLES, rounds);
            suggestions(index, sentences, random, articles);
        }
        long reopen = System.nanoTime();
        try (LuceneArticleIndex index = LuceneArticleIndex.open(libDir)) {
            System.out.printf(Locale.ROOT, "%nReopening the library index (reads every document's key, hash, entity fingerprint and file): %.0f ms, %d articles%n",
                    (System.nanoTime() - reopen) / 1e6, index.size());
        }
        long bare = System.nanoTime();
        int docs = 0;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(libDir))) {
            StoredFields stored = reader.storedFields();
            java.util.Set<String> fields = java.util.Set.of("key", "hash", "entityPrint");
            for (int d = 0; d < reader.maxDoc(); d++) {
                stored.document(d, fields);
                docs++;
            }
        }
        System.out.printf(Locale.ROOT, "reference: a bare reader opening it and reading every document's key, hash and entity fingerprint: %.0f ms, %d documents%n",
                (System.nanoTime() - bare) / 1e6, docs);
    }

    /**
     * The first suggestion after indexing: it only rewrites the changed names' entries. As the reference, what
     * a rebuild from every stored document had to read before building anything: every stored entity list.
     */
    /** The benchmark library (the same articles for the same count); returns its characters and mentions. */
    static long[] fillLibrary(LuceneArticleIndex index, Path eval, int articles) throws Exception {
        return fillLibrary(index, sentences(eval), new Random(42), articles);
    }

    private static long[] fillLibrary(LuceneArticleIndex index, List<Sentence> sentences, Random random, int articles) {
        long chars = 0;
        long mentions = 0;
        for (int i = 0; i < articles; i++) {
            Recombined r = recombine(sentences, random, i);
            Article a = r.article();
            EntityAnalysis e = entities(a, r.picked(), sentences);
            chars += a.text().length();
            mentions += e.mentions().size();
            index.index(a, e);
        }
        index.commit();
        return new long[] {chars, mentions};
    }

    private static void suggestions(LuceneArticleIndex index, List<Sentence> sentences, Random random, int articles) {
        String[] prefixes = {"ge", "lon", "cl", "w", "bra", "mo"};
        long t = System.nanoTime();
        index.suggest("a", 8);
        double first = (System.nanoTime() - t) / 1e6;
        long[] afterIndexing = new long[prefixes.length];
        for (int i = 0; i < prefixes.length; i++) {
            Recombined r = recombine(sentences, random, articles + i);
            index.index(r.article(), entities(r.article(), r.picked(), sentences));
            t = System.nanoTime();
            index.suggest(prefixes[i], 8);
            afterIndexing[i] = System.nanoTime() - t;
        }
        Arrays.sort(afterIndexing);
        t = System.nanoTime();
        int listed = index.articles().size();
        double readAll = (System.nanoTime() - t) / 1e6;
        System.out.printf(Locale.ROOT, "%n### Suggestions%nfirst suggestion of the process (reads every stored entity list once, builds the suggester): %.1f ms%n"
                + "first suggestion after indexing one more article: median %.2f ms, max %.2f ms (%d runs)%n"
                + "reference: reading every stored entity list (%d articles, what a rebuild from the stored documents reads first): %.1f ms%n",
                first, afterIndexing[afterIndexing.length / 2] / 1e6, afterIndexing[afterIndexing.length - 1] / 1e6, afterIndexing.length,
                listed, readAll);
    }

    /**
     * NewsLens's own fuzzy and prefix queries against Lucene's FuzzyQuery and PrefixQuery: the same query
     * bar text parsed both ways and searched by a bare IndexSearcher on the same index, alternating, parse
     * included (Lucene builds automata when the query is made or first used).
     */
    private static void multiTermChoice(LuceneArticleIndex index, Path dir, List<Bench> queries, SearchScope scope, int maxArticles, int rounds)
            throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<long[]>> own = new LinkedHashMap<>();
        Map<String, List<long[]>> lucene = new LinkedHashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (int round = -3; round < rounds; round++) {
                for (Bench b : queries) {
                    if (!b.kind().equals("fuzzy") && !b.kind().equals("wildcard")) {
                        continue;
                    }
                    for (boolean ours : new boolean[] {true, false}) {
                        long cpu = threads.getCurrentThreadCpuTime();
                        long t = System.nanoTime();
                        Query q = ours ? index.luceneQuery(b.query(), scope) : index.luceneQueryWithLuceneMultiTerms(b.query(), scope);
                        searcher.search(q, maxArticles);
                        long[] sample = {System.nanoTime() - t, threads.getCurrentThreadCpuTime() - cpu};
                        if (round >= 0) {
                            (ours ? own : lucene).computeIfAbsent(b.kind(), k -> new ArrayList<>()).add(sample);
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%n#### own scan queries vs Lucene's (parse + bare search, top %d)%n", maxArticles);
        System.out.printf(Locale.ROOT, "%-9s %5s | %8s %8s | %8s %8s | %5s || %8s %8s | %8s %8s | %5s%n", "kind", "runs",
                "own p50", "own p95", "luc p50", "luc p95", "ratio", "wall p50", "wall p95", "luc p50", "luc p95", "ratio");
        for (String kind : own.keySet()) {
            row(kind, own.get(kind), lucene.get(kind));
        }
        System.out.println("(ms; CPU columns first; ratio = own p95 / Lucene p95, below 1 means the own query wins)");
    }

    /** Times every query through the NewsLens API and through a bare IndexSearcher on the same index. */
    private static void run(LuceneArticleIndex index, Path dir, List<Bench> queries, SearchScope scope, int maxArticles, int rounds)
            throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<long[]>> ours = new LinkedHashMap<>();
        Map<String, List<long[]>> bare = new LinkedHashMap<>();
        long hits = 0;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<Query> parsed = new ArrayList<>();
            for (Bench b : queries) {
                parsed.add(index.luceneQuery(b.query(), scope));
            }
            for (int round = -3; round < rounds; round++) {
                for (int q = 0; q < queries.size(); q++) {
                    Bench b = queries.get(q);
                    long cpu = threads.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    SearchResult r = index.search(b.query(), scope, maxArticles);
                    long[] our = {System.nanoTime() - t, threads.getCurrentThreadCpuTime() - cpu};

                    cpu = threads.getCurrentThreadCpuTime();
                    t = System.nanoTime();
                    TopDocs top = searcher.search(parsed.get(q), maxArticles);
                    StoredFields stored = searcher.storedFields();
                    for (ScoreDoc sd : top.scoreDocs) {
                        stored.document(sd.doc);
                    }
                    long[] base = {System.nanoTime() - t, threads.getCurrentThreadCpuTime() - cpu};
                    if (round >= 0) {
                        ours.computeIfAbsent(b.kind(), k -> new ArrayList<>()).add(our);
                        bare.computeIfAbsent(b.kind(), k -> new ArrayList<>()).add(base);
                        hits += r.total();
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-9s %5s | %8s %8s | %8s %8s | %5s || %8s %8s | %8s %8s | %5s%n", "kind", "runs",
                "cpu p50", "cpu p95", "bare p50", "bare p95", "ratio", "wall p50", "wall p95", "bare p50", "bare p95", "ratio");
        List<long[]> allOurs = new ArrayList<>();
        List<long[]> allBare = new ArrayList<>();
        for (String kind : ours.keySet()) {
            row(kind, ours.get(kind), bare.get(kind));
            allOurs.addAll(ours.get(kind));
            allBare.addAll(bare.get(kind));
        }
        row("all", allOurs, allBare);
        System.out.printf(Locale.ROOT, "(ms; ratio = p95 / bare p95; %.1f hits per query on average)%n", hits / (double) allOurs.size());
    }

    private static void row(String kind, List<long[]> ours, List<long[]> bare) {
        System.out.printf(Locale.ROOT, "%-9s %5d | %8.3f %8.3f | %8.3f %8.3f | %5.2f || %8.3f %8.3f | %8.3f %8.3f | %5.2f%n", kind, ours.size(),
                percentile(ours, 1, 50), percentile(ours, 1, 95), percentile(bare, 1, 50), percentile(bare, 1, 95),
                percentile(ours, 1, 95) / percentile(bare, 1, 95),
                percentile(ours, 0, 50), percentile(ours, 0, 95), percentile(bare, 0, 50), percentile(bare, 0, 95),
                percentile(ours, 0, 95) / percentile(bare, 0, 95));
    }

    private static double percentile(List<long[]> samples, int which, int p) {
        long[] sorted = samples.stream().mapToLong(s -> s[which]).sorted().toArray();
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** Ten queries of each kind, drawn from the texts so that most of them match something. */
    private static List<Bench> queries(List<Sentence> sentences, Random random) {
        List<Bench> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (Sentence s : sentences) {
            Matcher w = WORD.matcher(s.text());
            while (w.find()) {
                words.add(w.group().toLowerCase(Locale.ROOT));
            }
            Matcher p = PAIR.matcher(s.text());
            while (p.find()) {
                pairs.add(p.group().toLowerCase(Locale.ROOT));
            }
            mentions.addAll(s.mentions());
        }
        for (int i = 0; i < QUERIES_PER_KIND; i++) {
            out.add(new Bench("term", pick(words, random)));
        }
        for (int i = 0; i < QUERIES_PER_KIND; i++) {
            out.add(new Bench("phrase", "\"" + pick(pairs, random) + "\""));
        }
        for (int i = 0; i < QUERIES_PER_KIND; i++) {
            String w = pick(words.stream().filter(x -> x.length() >= 6).toList(), random);
            int at = 1 + random.nextInt(w.length() - 2);
            out.add(new Bench("fuzzy", w.substring(0, at) + (w.charAt(at) == 'e' ? 'a' : 'e') + w.substring(at + 1) + "~"));
        }
        for (int i = 0; i < QUERIES_PER_KIND; i++) {
            String w = pick(words, random);
            out.add(new Bench("wildcard", w.substring(0, Math.min(4, w.length())) + "*"));
        }
        for (int i = 0; i < QUERIES_PER_KIND; i++) {
            Mention m = mentions.get(random.nextInt(mentions.size()));
            String field = i % 2 == 0 ? "entity" : m.label().name().toLowerCase(Locale.ROOT);
            out.add(new Bench("entity", field + ":\"" + m.text().replace("\"", "") + "\""));
        }
        return out;
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    /** Every line of every CoNLL development text, with its gold mentions (MISC left out) relative to the line. */
    static List<Sentence> sentences(Path eval) throws Exception {
        List<Sentence> out = new ArrayList<>();
        List<Path> docs;
        try (Stream<Path> files = Files.list(eval)) {
            docs = files.filter(p -> p.getFileName().toString().matches("doc-\\d+\\.txt")).sorted().toList();
        }
        for (Path doc : docs) {
            String text = Files.readString(doc);
            JsonNode gold = Json.mapper().readTree(doc.resolveSibling(doc.getFileName().toString().replace(".txt", ".gold.json")).toFile());
            int lineStart = 0;
            for (String line : text.split("\n", -1)) {
                int lineEnd = lineStart + line.length();
                String stripped = line.strip();
                int lead = line.indexOf(stripped);
                if (!stripped.isEmpty()) {
                    List<Mention> ms = new ArrayList<>();
                    for (JsonNode g : gold) {
                        int s = g.get("start").asInt();
                        int e = g.get("end").asInt();
                        EntityLabel label = switch (g.get("label").asText()) {
                            case "PERSON" -> EntityLabel.PERSON;
                            case "PLACE" -> EntityLabel.PLACE;
                            case "GROUP" -> EntityLabel.GROUP;
                            default -> null;
                        };
                        if (label != null && s >= lineStart + lead && e <= lineStart + lead + stripped.length()) {
                            int rs = s - lineStart - lead;
                            ms.add(new Mention(rs, rs + (e - s), stripped.substring(rs, rs + (e - s)), label, null, null));
                        }
                    }
                    out.add(new Sentence(stripped, ms));
                }
                lineStart = lineEnd + 1;
            }
        }
        return out;
    }

    record Recombined(Article article, int[] picked) {
    }

    /** Article i: 12 to 40 sentences drawn at random, 2 to 5 to a paragraph, the first line its title. */
    static Recombined recombine(List<Sentence> sentences, Random random, int i) {
        int count = 12 + random.nextInt(29);
        StringBuilder text = new StringBuilder();
        int inParagraph = 0;
        int paragraphSize = 2 + random.nextInt(4);
        int[] picked = new int[count];
        List<Paragraph> paragraphs = new ArrayList<>();
        int paragraphStart = 0;
        for (int k = 0; k < count; k++) {
            picked[k] = random.nextInt(sentences.size());
            if (k > 0) {
                if (inParagraph == paragraphSize) {
                    paragraphs.add(new Paragraph(paragraphs.size() + 1, paragraphStart, text.length(), Paragraph.Kind.BODY));
                    text.append("\n\n");
                    paragraphStart = text.length();
                    inParagraph = 0;
                    paragraphSize = 2 + random.nextInt(4);
                } else {
                    text.append(' ');
                }
            }
            text.append(sentences.get(picked[k]).text());
            inParagraph++;
        }
        paragraphs.add(new Paragraph(paragraphs.size() + 1, paragraphStart, text.length(), Paragraph.Kind.BODY));
        String body = text.toString();
        String title = sentences.get(picked[0]).text();
        Article a = new Article(Path.of("library", "article-" + i + ".txt"), title, null, body, paragraphs,
                SourceFormat.TEXT, "UTF-8", ArticleLoader.sha256(body));
        return new Recombined(a, picked);
    }

    /** The gold mentions of the article's sentences, shifted to where the sentences now stand. */
    static EntityAnalysis entities(Article a, int[] picked, List<Sentence> sentences) {
        List<Mention> mentions = new ArrayList<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int at = 0;
        for (int k : picked) {
            Sentence s = sentences.get(k);
            at = a.text().indexOf(s.text(), at);
            for (Mention m : s.mentions()) {
                String id = m.label() + ":" + m.text();
                mentions.add(new Mention(at + m.start(), at + m.end(), m.text(), m.label(), id, null));
                counts.merge(id, 1, Integer::sum);
                entities.putIfAbsent(id, null);
            }
            at += s.text().length();
        }
        List<Entity> list = new ArrayList<>();
        for (String id : entities.keySet()) {
            String[] parts = id.split(":", 2);
            list.add(new Entity(id, parts[1], EntityLabel.valueOf(parts[0]), List.of(), counts.get(id)));
        }
        return new EntityAnalysis(mentions, list);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long size(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            out.put(args[i], args[i + 1]);
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs: " + Arrays.toString(args));
        }
        return out;
    }
}

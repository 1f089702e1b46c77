package org.newslens.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

/**
 * Throughput and memory of one huge article (docs/benchmarks.md "Huge articles"; run by hand, not a test):
 * generates an article of SIZE_MB megabytes from the CoNLL dev texts (paragraphs of three lines, one
 * 200,000-letter word in the middle), recognises it with the real pipeline, prints progress per 10 segments
 * with the resident memory, and, given MAX_SECONDS, cancels the run after that long (as the window's cancel
 * does) and projects the time for the whole article from the rate so far.
 *
 *   java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.newslens.nlp.BigArticleBench \
 *       ../shared/eval/conll-dev 50 [MAX_SECONDS]
 */
public final class BigArticleBench {
    private BigArticleBench() {
    }

    public static void main(String[] args) throws Exception {
        Path eval = Path.of(args[0]);
        long size = Long.parseLong(args[1]) * 1_000_000L;
        long maxSeconds = args.length > 2 ? Long.parseLong(args[2]) : 0;
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.list(eval)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Files.readAllLines(p).stream().filter(l -> !l.isBlank()).forEach(lines::add);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < size; i += 3) {
            for (int k = 0; k < 3; k++) {
                sb.append(lines.get((i + k) % lines.size())).append(k < 2 ? ' ' : '\n');
            }
            sb.append('\n');
            if (i == 3 * 1000) {
                sb.append("x".repeat(200_000)).append("\n\n");
            }
        }
        String text = sb.toString();
        CoreNlpRecogniser recogniser = new CoreNlpRecogniser(new CoreNlpTagger());
        long l0 = System.nanoTime();
        recogniser.load();
        System.out.printf(Locale.ROOT, "article %,d chars; models loaded in %.1f s; %s%n", text.length(), (System.nanoTime() - l0) / 1e9, rss());
        long[] done = {0};
        long t0 = System.nanoTime();
        int[] segments = {0};
        Thread worker = new Thread(() -> {
            try {
                EntityAnalysis a = recogniser.recognise(text, (chars, total) -> {
                    done[0] = chars;
                    if (++segments[0] % 10 == 0) {
                        double s = (System.nanoTime() - t0) / 1e9;
                        System.out.printf(Locale.ROOT, "  %,d of %,d chars in %.0f s: %,.0f chars/s; %s%n", chars, total, s, chars / s, rss());
                    }
                });
                System.out.printf(Locale.ROOT, "done: %,d mentions, %,d entities%n", a.mentions().size(), a.entities().size());
            } catch (CancellationException e) {
                System.out.println("cancelled");
            }
        });
        worker.start();
        worker.join(maxSeconds * 1000);
        if (worker.isAlive()) {
            long c0 = System.nanoTime();
            worker.interrupt();
            worker.join();
            System.out.printf(Locale.ROOT, "cancel took %.2f s%n", (System.nanoTime() - c0) / 1e9);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        double rate = done[0] / s;
        System.out.printf(Locale.ROOT, "recognised %,d chars in %.0f s: %,.0f chars/s (~%,.0f tokens/s at 5.2 chars a token); "
                + "whole %,d-char article: %.0f s; %s%n", done[0], s, rate, rate / 5.2, text.length(), text.length() / rate, rss());
    }

    private static String rss() {
        String rss = "";
        String hwm = "";
        List<String> status;
        try {
            status = Files.readAllLines(Path.of("/proc/self/status"));
        } catch (java.io.IOException e) {
            return "RSS unknown";
        }
        for (String line : status) {
            if (line.startsWith("VmRSS")) {
                rss = line.substring(6).strip();
            } else if (line.startsWith("VmHWM")) {
                hwm = line.substring(6).strip();
            }
        }
        return "RSS " + rss + ", peak " + hwm;
    }
}

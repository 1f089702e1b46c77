package org.newslens.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EdgeTableTest {
    private record Seen(int source, int target, List<List<Integer>> evidence) {
    }

    /** Thousands of links (the table grows many times), against a plain map: weights, order and evidence agree. */
    @Test
    void edgesComeHeaviestFirstWithTheirEvidenceInTheOrderAdded() {
        EdgeTable table = new EdgeTable();
        Map<Long, Seen> expected = new TreeMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 60_000; i++) {
            int a = random.nextInt(400);
            int b = a + 1 + random.nextInt(random.nextBoolean() ? 3 : 400);
            table.add(a, b, i / 10, i, i + 5);
            expected.computeIfAbsent(((long) a << 32) | b, k -> new Seen(a, b, new ArrayList<>())).evidence().add(List.of(i / 10, i, i + 5));
        }
        for (int minWeight : new int[] {1, 3}) {
            List<Seen> want = expected.values().stream().filter(s -> s.evidence().size() >= minWeight)
                    .sorted(Comparator.comparingInt((Seen s) -> -s.evidence().size()).thenComparingInt(Seen::source).thenComparingInt(Seen::target))
                    .toList();
            List<Seen> got = table.edges(minWeight, (source, target, run) -> {
                List<List<Integer>> evidence = new ArrayList<>();
                for (int k = 0; k < run.size(); k++) {
                    int at = 3 * (run.offset() + k);
                    evidence.add(List.of(run.triples()[at], run.triples()[at + 1], run.triples()[at + 2]));
                }
                return new Seen(source, target, evidence);
            });
            assertEquals(want, got);
        }
    }
}

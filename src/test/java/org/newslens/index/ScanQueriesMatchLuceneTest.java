package org.newslens.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newslens.nlp.EntityAnalysis;

/**
 * NewsLens's own {@link ScanFuzzyQuery} and {@link ScanPrefixQuery} (kept because they are faster, see
 * docs/benchmarks.md) find exactly the hits Lucene's FuzzyQuery and PrefixQuery find, on generated text
 * with near-miss words (one letter swapped, dropped, doubled, accented) and several segments.
 */
class ScanQueriesMatchLuceneTest {
    private static final String[] SYLLABLES = {"ka", "ro", "mi", "tel", "san", "or", "bu", "ve", "lin", "qua", "é", "zo", "dar", "ni"};
    private static LuceneArticleIndex index;
    private static final List<String> words = new ArrayList<>();

    @BeforeAll
    static void indexGeneratedArticles() {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            StringBuilder w = new StringBuilder();
            int syllables = 1 + random.nextInt(4);
            for (int k = 0; k < syllables; k++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words.add(w.toString());
            words.add(nearMiss(w.toString(), random));
        }
        index = LuceneArticleIndex.inMemory();
        for (int a = 0; a < 60; a++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                StringBuilder text = new StringBuilder();
                for (int k = 0; k < 25; k++) {
                    String w = words.get(random.nextInt(words.size()));
                    text.append(k == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(k == 24 ? "." : " ");
                }
                paragraphs.add(text.toString());
            }
            index.index(InventedArticles.article(Path.of("generated", "a" + a + ".txt"), String.join("\n\n", paragraphs)), EntityAnalysis.empty());
            if (a % 20 == 19) {
                index.commit();
            }
        }
    }

    private static String nearMiss(String w, Random random) {
        int at = random.nextInt(w.length());
        return switch (random.nextInt(4)) {
            case 0 -> w.substring(0, at) + w.substring(at + 1).replaceFirst("^$", "x");
            case 1 -> w.substring(0, at) + w.charAt(at) + w.substring(at);
            case 2 -> at + 1 < w.length() ? w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2) : w + "s";
            default -> w.substring(0, at) + "a" + w.substring(at + 1);
        };
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static TreeSet<String> hits(String query, boolean own) throws QuerySyntaxException {
        SearchScope all = SearchScope.all();
        var parsed = own ? index.luceneQuery(query, all) : index.luceneQueryWithLuceneMultiTerms(query, all);
        TreeSet<String> out = new TreeSet<>();
        for (SearchHit h : index.searchParsed(query, parsed, Integer.MAX_VALUE).hits()) {
            out.add(h.file() + ":" + h.start() + "-" + h.end());
        }
        return out;
    }

    private static void assertSame(String query, TreeSet<String> lucene, TreeSet<String> own) {
        TreeSet<String> missing = new TreeSet<>(lucene);
        missing.removeAll(own);
        TreeSet<String> extra = new TreeSet<>(own);
        extra.removeAll(lucene);
        assertTrue(missing.isEmpty() && extra.isEmpty(), query + ": " + lucene.size() + " hits by Lucene, " + own.size()
                + " own; missing " + missing.stream().limit(5).toList() + ", extra " + extra.stream().limit(5).toList());
    }

    @Test
    void fuzzyTermsFindWhatLucenesFuzzyQueryFinds() throws Exception {
        Random random = new Random(11);
        int matched = 0;
        for (int i = 0; i < 120; i++) {
            // Both cap a fuzzy term at its 50 closest words (ranked differently): keep two edits to words long enough to stay under it.
            String w = words.get(random.nextInt(words.size()));
            while (w.length() < (i % 3 == 2 ? 7 : 3)) {
                w = words.get(random.nextInt(words.size()));
            }
            String query = switch (i % 3) {
                case 0 -> w + "~";
                case 1 -> w + "~1";
                default -> nearMiss(w, random) + "~2";
            };
            TreeSet<String> own = hits(query, true);
            assertSame(query, hits(query, false), own);
            matched += own.isEmpty() ? 0 : 1;
        }
        assertTrue(matched > 100, "most generated queries should find something: " + matched);
    }

    @Test
    void prefixesFindWhatLucenesPrefixQueryFinds() throws Exception {
        Random random = new Random(13);
        int matched = 0;
        for (int i = 0; i < 120; i++) {
            String w = words.get(random.nextInt(words.size()));
            String query = w.substring(0, 1 + random.nextInt(Math.min(4, w.length()))) + "*";
            TreeSet<String> own = hits(query, true);
            assertSame(query, hits(query, false), own);
            matched += own.isEmpty() ? 0 : 1;
        }
        assertTrue(matched > 100, "most generated prefixes should find something: " + matched);
    }
}

package org.newslens.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newslens.article.TextRange;
import org.newslens.index.ArticleIndex;
import org.newslens.index.EntitySummary;
import org.newslens.index.LibraryArticle;
import org.newslens.nlp.EntityLabel;

/**
 * Builds a co-occurrence graph over every article of an index (one article indexed alone gives that
 * article's graph), reading the articles one at a time. A name (any case, as {@link EntityKey} compares names) is one
 * node whatever categories the recogniser gave it in different articles: its mentions and articles are summed, its
 * links merged, and its category is the one it has most often ({@link CategoryTally}), which the category filter uses.
 *
 * @param categories the categories whose nodes are kept (by each node's category); empty for all
 * @param minWeight  edges sharing fewer sentences (or paragraphs) are left out (nodes stay, with their mentions)
 * @param by         what two entities must share to be linked: a sentence or a paragraph
 */
public record CooccurrenceGraphs(Set<EntityLabel> categories, int minWeight, Unit by) {
    /** The stretch of text two entities share to be linked; each one shared is an edge's evidence. */
    public enum Unit { sentence, paragraph }

    public CooccurrenceGraphs {
        categories = Set.copyOf(categories);
        by = by == null ? Unit.sentence : by;
    }

    /** Linked by shared sentences. */
    public CooccurrenceGraphs(Set<EntityLabel> categories, int minWeight) {
        this(categories, minWeight, Unit.sentence);
    }

    public CooccurrenceGraph of(ArticleIndex index) {
        Builder builder = new Builder();
        index.forEachArticle(builder::add);
        return builder.graph();
    }

    private static List<TextRange> paragraphs(LibraryArticle article) {
        return article.paragraphs().isEmpty() ? List.of(new TextRange(0, article.text().length())) : article.paragraphs();
    }

    private boolean wanted(EntityLabel label) {
        return categories.isEmpty() || categories.contains(label);
    }

    private final class Builder {
        private final Map<EntityKey, NodeSum> nodes = new LinkedHashMap<>();
        private final EdgeTable edges = new EdgeTable();
        private final EvidenceList.Articles articles = new EvidenceList.Articles(new ArrayList<>(), new ArrayList<>());
        private final Set<String> texts = new HashSet<>();
        private int articleCount;

        void add(LibraryArticle article) {
            if (!texts.add(article.contentHash())) {
                return; // a copy of a text already read (the same file in another folder): its sentences count once
            }
            int seq = articleCount++;
            int[] ids = new int[article.entities().size()];
            for (int i = 0; i < ids.length; i++) {
                EntitySummary e = article.entities().get(i);
                NodeSum node = nodes.computeIfAbsent(EntityKey.of(e), k -> new NodeSum(nodes.size()));
                node.mentions += e.mentions();
                node.names.merge(e.name(), e.mentions(), Integer::sum);
                node.categories.add(e.label(), e.mentions());
                if (node.lastArticle != seq) { // one article naming it in two categories counts once
                    node.lastArticle = seq;
                    node.articles++;
                }
                ids[i] = node.id;
            }
            List<TextRange> sentences = by == Unit.paragraph ? paragraphs(article) : Sentences.of(article.text(), article.paragraphs());
            // (sentence, node) pairs sorted and distinct: each run of one sentence is the entities it names
            long[] pairs = new long[article.mentions().size()];
            int n = 0;
            for (LibraryArticle.EntityAt m : article.mentions()) {
                int node = m.entity() < ids.length ? ids[m.entity()] : -1;
                int s = node < 0 ? -1 : Sentences.indexOf(sentences, m.start());
                if (s >= 0) {
                    pairs[n++] = ((long) s << 32) | node;
                }
            }
            Arrays.sort(pairs, 0, n);
            int articleNo = -1;
            for (int from = 0; from < n; ) {
                int to = from + 1;
                while (to < n && pairs[to] >>> 32 == pairs[from] >>> 32) {
                    to++;
                }
                if (to - from > 1) {
                    if (articleNo < 0) {
                        articleNo = articles.files().size();
                        articles.files().add(EntityPages.file(article));
                        articles.hashes().add(article.contentHash());
                    }
                    link(pairs, from, to, articleNo, sentences.get((int) (pairs[from] >>> 32)));
                }
                from = to;
            }
        }

        /** An edge between every two distinct entities of {@code pairs[from, to)}, one sentence. */
        private void link(long[] pairs, int from, int to, int articleNo, TextRange sentence) {
            for (int a = from; a < to; a++) {
                int source = (int) pairs[a];
                if (a > from && source == (int) pairs[a - 1]) {
                    continue;
                }
                for (int b = a + 1; b < to; b++) {
                    int target = (int) pairs[b];
                    if (target == (int) pairs[b - 1]) {
                        continue;
                    }
                    edges.add(source, target, articleNo, sentence.start(), sentence.end());
                }
            }
        }

        CooccurrenceGraph graph() {
            // the category filter applies to the whole library's nodes: a name's category is known only at the end
            String[] ids = new String[nodes.size()];
            int kept = 0;
            for (NodeSum n : nodes.values()) {
                ids[n.id] = wanted(n.categories.main()) ? "n" + kept++ : null;
            }
            List<CooccurrenceGraph.Node> nodeList = nodes.values().stream()
                    .filter(n -> ids[n.id] != null)
                    .sorted(Comparator.comparingInt((NodeSum n) -> n.mentions).reversed().thenComparingInt(n -> n.id))
                    .map(n -> new CooccurrenceGraph.Node(ids[n.id], n.name(), n.categories.main().exportName(), n.mentions, n.articles))
                    .toList();
            List<CooccurrenceGraph.Edge> edgeList = edges.edges(Math.max(1, minWeight), (source, target, evidence) ->
                    ids[source] == null || ids[target] == null ? null
                            : new CooccurrenceGraph.Edge(ids[source], ids[target], evidence.size(), new EvidenceList(articles, evidence)));
            return new CooccurrenceGraph(nodeList, edgeList.stream().filter(Objects::nonNull).toList());
        }
    }

    private static final class NodeSum {
        final int id;
        final CategoryTally categories = new CategoryTally();
        /** Each way of writing the name (case aside, it is the same entity) with its mentions. */
        final Map<String, Integer> names = new HashMap<>();
        int mentions;
        int articles;
        int lastArticle = -1;

        NodeSum(int id) {
            this.id = id;
        }

        /** The most mentioned way of writing the name. */
        String name() {
            return EntityPages.mostMentioned(names);
        }
    }
}

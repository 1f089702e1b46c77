package org.newslens.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newslens.article.TextRange;
import org.newslens.index.ArticleIndex;
import org.newslens.index.EntitySummary;
import org.newslens.index.LibraryArticle;
import org.newslens.nlp.EntityLabel;

/**
 * Builds a co-occurrence graph over every article of an index (one article indexed alone gives that
 * article's graph), reading the articles one at a time.
 *
 * @param categories the categories whose entities become nodes; empty for all
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
        private final Map<Long, EdgeSum> edges = new HashMap<>();

        void add(LibraryArticle article) {
            int[] ids = new int[article.entities().size()];
            for (int i = 0; i < ids.length; i++) {
                EntitySummary e = article.entities().get(i);
                if (!wanted(e.label())) {
                    ids[i] = -1;
                    continue;
                }
                NodeSum node = nodes.computeIfAbsent(EntityKey.of(e), k -> new NodeSum(nodes.size(), e.label()));
                node.mentions += e.mentions();
                node.names.merge(e.name(), e.mentions(), Integer::sum);
                node.articles++;
                ids[i] = node.id;
            }
            List<TextRange> sentences = by == Unit.paragraph ? paragraphs(article) : Sentences.of(article.text(), article.paragraphs());
            Map<Integer, Set<Integer>> bySentence = new HashMap<>();
            for (LibraryArticle.EntityAt m : article.mentions()) {
                int node = m.entity() < ids.length ? ids[m.entity()] : -1;
                int s = Sentences.indexOf(sentences, m.start());
                if (node >= 0 && s >= 0) {
                    bySentence.computeIfAbsent(s, k -> new TreeSet<>()).add(node);
                }
            }
            String file = EntityPages.file(article);
            bySentence.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                TextRange sentence = sentences.get(e.getKey());
                List<Integer> in = new ArrayList<>(e.getValue());
                for (int a = 0; a < in.size(); a++) {
                    for (int b = a + 1; b < in.size(); b++) {
                        int source = in.get(a);
                        int target = in.get(b);
                        EdgeSum edge = edges.computeIfAbsent(((long) source << 32) | target, k -> new EdgeSum(source, target));
                        edge.evidence.add(new CooccurrenceGraph.Evidence(file, article.contentHash(), sentence.start(), sentence.end()));
                    }
                }
            });
        }

        CooccurrenceGraph graph() {
            List<CooccurrenceGraph.Node> nodeList = nodes.values().stream()
                    .sorted(Comparator.comparingInt((NodeSum n) -> n.mentions).reversed().thenComparingInt(n -> n.id))
                    .map(n -> new CooccurrenceGraph.Node(id(n.id), n.name(), n.label.exportName(), n.mentions, n.articles)).toList();
            List<CooccurrenceGraph.Edge> edgeList = edges.values().stream()
                    .filter(e -> e.evidence.size() >= Math.max(1, minWeight))
                    .sorted(Comparator.comparingInt((EdgeSum e) -> e.evidence.size()).reversed()
                            .thenComparingInt(e -> e.source).thenComparingInt(e -> e.target))
                    .map(e -> new CooccurrenceGraph.Edge(id(e.source), id(e.target), e.evidence.size(), e.evidence)).toList();
            return new CooccurrenceGraph(nodeList, edgeList);
        }

        private static String id(int n) {
            return "n" + n;
        }
    }

    private static final class NodeSum {
        final int id;
        final EntityLabel label;
        /** Each way of writing the name (case aside, it is the same entity) with its mentions. */
        final Map<String, Integer> names = new HashMap<>();
        int mentions;
        int articles;

        NodeSum(int id, EntityLabel label) {
            this.id = id;
            this.label = label;
        }

        /** The most mentioned way of writing the name. */
        String name() {
            return EntityPages.mostMentioned(names);
        }
    }

    private static final class EdgeSum {
        final int source;
        final int target;
        final List<CooccurrenceGraph.Evidence> evidence = new ArrayList<>();

        EdgeSum(int source, int target) {
            this.source = source;
            this.target = target;
        }
    }
}

package org.newslens.ui.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newslens.library.CooccurrenceGraph;
import org.newslens.nlp.EntityLabel;

/**
 * The part of a co-occurrence graph the view draws: nodes of the chosen categories, links at least {@code minWeight}
 * heavy between them, at most {@link #MAX_NODES} nodes (the most mentioned) and {@link #MAX_LINKS} links (the
 * heaviest), so a library of thousands of entities stays readable and drawable. Above the lowest weight, a node left
 * without a link is dropped. Links refer to nodes by their position in {@link #nodes}. Relies on the graph's order
 * (nodes most mentioned first, links heaviest first), so a library's graph is filtered without sorting it again.
 *
 * @param shownOf how many nodes the filters let through before the caps
 */
public record VisibleGraph(List<CooccurrenceGraph.Node> nodes, List<CooccurrenceGraph.Edge> edges, int[] from, int[] to,
                           int shownOf) {
    public static final int MAX_NODES = 500;
    public static final int MAX_LINKS = 5000;
    public static final VisibleGraph EMPTY = new VisibleGraph(List.of(), List.of(), new int[0], new int[0], 0);

    public static VisibleGraph of(CooccurrenceGraph graph, Set<EntityLabel> categories, int minWeight) {
        List<CooccurrenceGraph.Node> wanted = graph.nodes().stream()
                .filter(n -> EntityLabel.forQueryField(n.category()).map(categories::contains).orElse(false))
                .toList();
        List<CooccurrenceGraph.Node> capped = wanted.subList(0, Math.min(MAX_NODES, wanted.size()));
        Map<String, Integer> at = new HashMap<>();
        capped.forEach(n -> at.put(n.id(), at.size()));
        List<CooccurrenceGraph.Edge> links = graph.edges().stream()
                .filter(e -> e.weight() >= minWeight && at.containsKey(e.source()) && at.containsKey(e.target()))
                .limit(MAX_LINKS)
                .toList();
        List<CooccurrenceGraph.Node> kept = capped;
        if (minWeight > 1) {
            boolean[] linked = new boolean[capped.size()];
            for (CooccurrenceGraph.Edge e : links) {
                linked[at.get(e.source())] = true;
                linked[at.get(e.target())] = true;
            }
            kept = new ArrayList<>();
            for (int i = 0; i < capped.size(); i++) {
                if (linked[i]) {
                    kept.add(capped.get(i));
                }
            }
            at.clear();
            kept.forEach(n -> at.put(n.id(), at.size()));
        }
        int[] from = new int[links.size()];
        int[] to = new int[links.size()];
        for (int i = 0; i < links.size(); i++) {
            from[i] = at.get(links.get(i).source());
            to[i] = at.get(links.get(i).target());
        }
        return new VisibleGraph(List.copyOf(kept), links, from, to, wanted.size());
    }

    /** Each link's weight, by link. */
    public int[] weights() {
        return edges.stream().mapToInt(CooccurrenceGraph.Edge::weight).toArray();
    }

    /** What is shown, as a graph of its own (what the view exports). */
    public CooccurrenceGraph asGraph() {
        return new CooccurrenceGraph(nodes, edges);
    }

    /** For each node, its position among {@code before}'s nodes (the same category and name, any case), or -1. */
    public int[] placesIn(VisibleGraph before) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < before.nodes.size(); i++) {
            at.putIfAbsent(identity(before.nodes.get(i)), i);
        }
        int[] places = new int[nodes.size()];
        for (int i = 0; i < places.length; i++) {
            places[i] = at.getOrDefault(identity(nodes.get(i)), -1);
        }
        return places;
    }

    private static String identity(CooccurrenceGraph.Node node) {
        return node.category() + "\u0000" + node.name().toLowerCase(Locale.ROOT);
    }

    public EntityLabel category(int node) {
        return EntityLabel.forQueryField(nodes.get(node).category()).orElse(EntityLabel.PERSON);
    }
}

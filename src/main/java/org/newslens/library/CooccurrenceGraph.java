package org.newslens.library;

import java.util.List;

/**
 * Who appears with whom: entities as nodes (with their mentions), an undirected edge between two entities
 * named in the same sentence (or paragraph), weighted by the number of such sentences, each one given as evidence.
 * Nodes come most mentioned first, edges heaviest first.
 */
public record CooccurrenceGraph(List<Node> nodes, List<Edge> edges) {
    public CooccurrenceGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** An entity: {@code id} names it in the edges. */
    public record Node(String id, String name, String category, int mentions, int articles) {
    }

    /** Two entities and the sentences (or paragraphs) they share ({@code weight} of them). */
    public record Edge(String source, String target, int weight, List<Evidence> evidence) {
        public Edge {
            evidence = evidence instanceof EvidenceList ? evidence : List.copyOf(evidence);
        }
    }

    /** A sentence (or paragraph) joining two entities: {@code [start, end)} of the article's text, offsets as in {@code entities}. */
    public record Evidence(String file, String sha256, int start, int end) {
    }
}

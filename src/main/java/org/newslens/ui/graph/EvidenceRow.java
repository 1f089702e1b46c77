package org.newslens.ui.graph;

import org.newslens.library.CooccurrenceGraph;

/** One sentence joining two entities, as listed under the graph: its article's title and its text. */
public record EvidenceRow(CooccurrenceGraph.Evidence evidence, String title, String text) {
}

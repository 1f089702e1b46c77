package org.newslens.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.Json;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.nlp.EntityLabel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The co-occurrence graph of a library built in the test: edges, their evidence sentences, filters, exports. */
class CooccurrenceGraphsTest {
    @TempDir
    Path dir;

    private CooccurrenceGraph graph(Set<EntityLabel> categories, int minWeight) {
        try (LuceneArticleIndex index = LuceneArticleIndex.inMemory()) {
            InventedLibrary.fill(index, dir);
            return new CooccurrenceGraphs(categories, minWeight).of(index);
        }
    }

    private static Map<String, CooccurrenceGraph.Node> byName(CooccurrenceGraph g) {
        return g.nodes().stream().collect(Collectors.toMap(CooccurrenceGraph.Node::name, Function.identity()));
    }

    private static CooccurrenceGraph.Edge edge(CooccurrenceGraph g, String a, String b) {
        Map<String, CooccurrenceGraph.Node> nodes = byName(g);
        Set<String> ends = Set.of(nodes.get(a).id(), nodes.get(b).id());
        return g.edges().stream().filter(e -> Set.of(e.source(), e.target()).equals(ends)).findFirst().orElse(null);
    }

    private String textOf(CooccurrenceGraph.Evidence e) {
        if (e.file().endsWith("meeting.txt")) {
            return InventedLibrary.MEETING.substring(e.start(), e.end());
        }
        if (e.file().endsWith("harbour.txt")) {
            return InventedLibrary.HARBOUR.substring(e.start(), e.end());
        }
        return InventedLibrary.SHOP.substring(e.start(), e.end());
    }

    @Test
    void anEdgeIsWeightedBySharedSentencesAndGivesThemAsEvidence() {
        CooccurrenceGraph g = graph(Set.of(), 1);
        CooccurrenceGraph.Edge ortizKern = edge(g, "Maria Ortiz", "Paul Kern");
        assertEquals(2, ortizKern.weight());
        assertEquals(Set.of("Maria Ortiz met Paul Kern in Kandor.", "Maria Ortiz was absent, Kern said."),
                ortizKern.evidence().stream().map(this::textOf).collect(Collectors.toSet()));
        assertEquals(g.edges().get(0), ortizKern, "the heaviest edge comes first");
        CooccurrenceGraph.Edge ortizElma = edge(g, "Maria Ortiz", "Port Elma");
        assertEquals(1, ortizElma.weight());
        assertEquals(List.of("Later Ortiz flew to Port Elma."), ortizElma.evidence().stream().map(this::textOf).toList());
        assertEquals(null, edge(g, "Monday", "Maria Ortiz"), "different paragraphs are no link");
    }

    @Test
    void aCopyOfATextInAnotherFolderCountsOnce() {
        try (LuceneArticleIndex index = LuceneArticleIndex.inMemory()) {
            InventedLibrary.fill(index, dir);
            index.index(InventedLibrary.article(dir.resolve("archive/meeting.txt"), InventedLibrary.MEETING, "2024-03-01T09:00:00Z"),
                    new InventedLibrary.Analysis(InventedLibrary.MEETING)
                            .entity(EntityLabel.PERSON, "Maria Ortiz", List.of("Ortiz"), "Maria Ortiz", "Ortiz")
                            .entity(EntityLabel.PERSON, "Paul Kern", List.of("Kern"), "Paul Kern", "Kern").build());
            index.commit();
            CooccurrenceGraph g = new CooccurrenceGraphs(Set.of(), 1).of(index);
            assertEquals(2, edge(g, "Maria Ortiz", "Paul Kern").weight(), "as without the copy");
            assertEquals(2, byName(g).get("Paul Kern").articles());
            assertEquals(4, byName(g).get("Paul Kern").mentions());
        }
    }

    @Test
    void nodesAddUpMentionsAcrossArticles() {
        Map<String, CooccurrenceGraph.Node> nodes = byName(graph(Set.of(), 1));
        assertEquals(4, nodes.get("Paul Kern").mentions());
        assertEquals(2, nodes.get("Paul Kern").articles());
        assertEquals(2, nodes.get("Kandor").articles());
        assertEquals("PLACE", nodes.get("Kandor").category());
    }

    @Test
    void minimumWeightAndCategoriesFilter() {
        CooccurrenceGraph heavy = graph(Set.of(), 2);
        assertEquals(1, heavy.edges().size());
        CooccurrenceGraph people = graph(Set.of(EntityLabel.PERSON), 1);
        assertEquals(Set.of("Maria Ortiz", "Paul Kern"), byName(people).keySet());
        assertEquals(1, people.edges().size());
    }

    @Test
    void byParagraphLinksAcrossSentencesAndGivesTheParagraphAsEvidence() {
        CooccurrenceGraph g;
        try (LuceneArticleIndex index = LuceneArticleIndex.inMemory()) {
            InventedLibrary.fill(index, dir);
            g = new CooccurrenceGraphs(Set.of(), 1, CooccurrenceGraphs.Unit.paragraph).of(index);
        }
        CooccurrenceGraph.Edge ortizKern = edge(g, "Maria Ortiz", "Paul Kern");
        assertEquals(3, ortizKern.weight(), "two sentences of their own plus a paragraph with a sentence for each");
        assertTrue(ortizKern.evidence().stream().map(this::textOf).toList().contains("Later Ortiz flew to Port Elma. Kern stayed."));
        assertEquals(2, edge(g, "Paul Kern", "Port Elma").weight());
        assertEquals(1, edge(graph(Set.of(), 1), "Paul Kern", "Port Elma").weight(), "by sentence, only one");
    }

    private String write(CooccurrenceGraph g, GraphWriter.Format format) throws Exception {
        StringWriter out = new StringWriter();
        new GraphWriter().write(g, format, out);
        return out.toString();
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void graphMlParsesBackWithEscapedNamesAndEvidence() throws Exception {
        CooccurrenceGraph g = graph(Set.of(), 1);
        Document doc = xml(write(g, GraphWriter.Format.graphml));
        String ns = "http://graphml.graphdrawing.org/xmlns";
        assertEquals(g.nodes().size(), doc.getElementsByTagNameNS(ns, "node").getLength());
        assertEquals(g.edges().size(), doc.getElementsByTagNameNS(ns, "edge").getLength());
        NodeList data = doc.getElementsByTagNameNS(ns, "data");
        boolean shop = false;
        for (int i = 0; i < data.getLength(); i++) {
            shop |= data.item(i).getTextContent().equals("Smith & <Sons>");
        }
        assertTrue(shop, "the name with & and < comes back as written");
        Element firstEdge = (Element) doc.getElementsByTagNameNS(ns, "edge").item(0);
        String evidence = firstEdge.getElementsByTagNameNS(ns, "data").item(1).getTextContent();
        List<CooccurrenceGraph.Evidence> back = List.of(Json.mapper().readValue(evidence, CooccurrenceGraph.Evidence[].class));
        assertEquals(g.edges().get(0).evidence(), back);
    }

    @Test
    void gexfParsesBackWithLabelsAndWeights() throws Exception {
        CooccurrenceGraph g = graph(Set.of(), 1);
        Document doc = xml(write(g, GraphWriter.Format.gexf));
        String ns = "http://gexf.net/1.3";
        NodeList nodes = doc.getElementsByTagNameNS(ns, "node");
        assertEquals(g.nodes().size(), nodes.getLength());
        Set<String> labels = new java.util.HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            labels.add(((Element) nodes.item(i)).getAttribute("label"));
        }
        assertTrue(labels.contains("Smith & <Sons>"), labels.toString());
        Element first = (Element) doc.getElementsByTagNameNS(ns, "edge").item(0);
        assertEquals("2", first.getAttribute("weight"));
    }

    @Test
    void csvHasOneRowPerEdge() throws Exception {
        CooccurrenceGraph g = graph(Set.of(), 1);
        CsvMapper csv = new CsvMapper();
        List<String[]> rows;
        try (MappingIterator<String[]> it = csv.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(write(g, GraphWriter.Format.csv))) {
            rows = it.readAll();
        }
        assertEquals(List.of("source", "source_category", "target", "target_category", "weight", "evidence"), List.of(rows.get(0)));
        assertEquals(g.edges().size() + 1, rows.size());
        Set<String> names = rows.stream().skip(1).flatMap(r -> java.util.stream.Stream.of(r[0], r[2])).collect(Collectors.toSet());
        assertTrue(names.contains("Smith & <Sons>"), names.toString());
        String[] top = rows.get(1);
        assertEquals(Set.of("Maria Ortiz", "Paul Kern"), Set.of(top[0], top[2]));
        assertEquals("2", top[4]);
        assertEquals(2, Json.mapper().readTree(top[5]).size());
        assertTrue(!top[5].contains("\n"), "one line of evidence a cell: " + top[5]);
    }
}

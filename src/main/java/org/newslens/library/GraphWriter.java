package org.newslens.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newslens.app.Json;
import org.newslens.export.CsvTable;

/**
 * Writes a co-occurrence graph as JSON, GraphML, GEXF 1.3 (Gephi) or an edge-list CSV. The XML goes through
 * the JDK's StAX writer, which escapes text and attributes; characters XML 1.0 cannot carry are dropped.
 * An edge's evidence is a JSON array of {file, sha256, start, end} in the XML attributes and the CSV cell.
 */
public final class GraphWriter {
    public enum Format { json, graphml, gexf, csv }

    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String GEXF_NS = "http://gexf.net/1.3";
    private final ObjectMapper json = Json.mapper();

    public void write(CooccurrenceGraph graph, Format format, Writer out) throws IOException {
        switch (format) {
            case json -> out.write(json.writerWithDefaultPrettyPrinter().writeValueAsString(graph));
            case csv -> out.write(csv(graph));
            case graphml -> xml(out, w -> graphml(graph, w));
            case gexf -> xml(out, w -> gexf(graph, w));
        }
        out.flush();
    }

    private interface XmlBody {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static void xml(Writer out, XmlBody body) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the graph: " + e.getMessage(), e);
        }
    }

    private void graphml(CooccurrenceGraph graph, XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("graphml");
        w.writeDefaultNamespace(GRAPHML_NS);
        key(w, "name", "node", "string");
        key(w, "category", "node", "string");
        key(w, "mentions", "node", "int");
        key(w, "articles", "node", "int");
        key(w, "weight", "edge", "int");
        key(w, "evidence", "edge", "string");
        w.writeStartElement("graph");
        w.writeAttribute("id", "cooccurrence");
        w.writeAttribute("edgedefault", "undirected");
        for (CooccurrenceGraph.Node n : graph.nodes()) {
            w.writeStartElement("node");
            w.writeAttribute("id", n.id());
            data(w, "name", n.name());
            data(w, "category", n.category());
            data(w, "mentions", Integer.toString(n.mentions()));
            data(w, "articles", Integer.toString(n.articles()));
            w.writeEndElement();
        }
        int i = 0;
        for (CooccurrenceGraph.Edge e : graph.edges()) {
            startEdge(w, i++, e);
            data(w, "weight", Integer.toString(e.weight()));
            data(w, "evidence", evidence(e));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void startEdge(XMLStreamWriter w, int i, CooccurrenceGraph.Edge e) throws XMLStreamException {
        w.writeStartElement("edge");
        w.writeAttribute("id", "e" + i);
        w.writeAttribute("source", e.source());
        w.writeAttribute("target", e.target());
    }

    private static void key(XMLStreamWriter w, String name, String on, String type) throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", name);
        w.writeAttribute("for", on);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(clean(value));
        w.writeEndElement();
    }

    private void gexf(CooccurrenceGraph graph, XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("gexf");
        w.writeDefaultNamespace(GEXF_NS);
        w.writeAttribute("version", "1.3");
        w.writeStartElement("graph");
        w.writeAttribute("mode", "static");
        w.writeAttribute("defaultedgetype", "undirected");
        attributes(w, "node", List.of("category:string", "mentions:integer", "articles:integer"));
        attributes(w, "edge", List.of("evidence:string"));
        w.writeStartElement("nodes");
        for (CooccurrenceGraph.Node n : graph.nodes()) {
            w.writeStartElement("node");
            w.writeAttribute("id", n.id());
            w.writeAttribute("label", clean(n.name()));
            attvalues(w, n.category(), Integer.toString(n.mentions()), Integer.toString(n.articles()));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement("edges");
        int i = 0;
        for (CooccurrenceGraph.Edge e : graph.edges()) {
            startEdge(w, i++, e);
            w.writeAttribute("weight", Integer.toString(e.weight()));
            attvalues(w, evidence(e));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void attributes(XMLStreamWriter w, String on, List<String> titles) throws XMLStreamException {
        w.writeStartElement("attributes");
        w.writeAttribute("class", on);
        for (int i = 0; i < titles.size(); i++) {
            String[] t = titles.get(i).split(":");
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", Integer.toString(i));
            w.writeAttribute("title", t[0]);
            w.writeAttribute("type", t[1]);
        }
        w.writeEndElement();
    }

    private static void attvalues(XMLStreamWriter w, String... values) throws XMLStreamException {
        w.writeStartElement("attvalues");
        for (int i = 0; i < values.length; i++) {
            w.writeEmptyElement("attvalue");
            w.writeAttribute("for", Integer.toString(i));
            w.writeAttribute("value", clean(values[i]));
        }
        w.writeEndElement();
    }

    private String csv(CooccurrenceGraph graph) {
        Map<String, CooccurrenceGraph.Node> byId = graph.nodes().stream()
                .collect(Collectors.toMap(CooccurrenceGraph.Node::id, Function.identity()));
        List<List<String>> rows = new ArrayList<>();
        for (CooccurrenceGraph.Edge e : graph.edges()) {
            CooccurrenceGraph.Node s = byId.get(e.source());
            CooccurrenceGraph.Node t = byId.get(e.target());
            rows.add(List.of(s.name(), s.category(), t.name(), t.category(), Integer.toString(e.weight()), evidence(e)));
        }
        return CsvTable.write(List.of("source", "source_category", "target", "target_category", "weight", "evidence"), rows);
    }

    private String evidence(CooccurrenceGraph.Edge e) {
        try {
            return json.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(e.evidence());
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Drops what XML 1.0 cannot hold (control characters, lone surrogates); the StAX writer escapes the rest. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            if (ok) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }
}

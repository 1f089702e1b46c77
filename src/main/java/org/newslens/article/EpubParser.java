package org.newslens.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An EPUB book or long read: the package document named by META-INF/container.xml gives the title, author,
 * date and language, and the spine the chapters' order; each chapter (XHTML) is read by {@link HtmlParser},
 * its heading kept as a paragraph of its own.
 */
record EpubParser(Limits limits, HtmlParser html) {
    ParsedDocument parse(Path file) throws ArticleLoadException {
        try (BoundedZip zip = new BoundedZip(file, "EPUB")) {
            byte[] container = zip.read("META-INF/container.xml");
            String opfPath = container == null ? null : rootFile(container);
            byte[] opf = opfPath == null ? null : zip.read(opfPath);
            if (opf == null) {
                throw new ArticleLoadException(file + " is not a readable EPUB: it names no package document (META-INF/container.xml).");
            }
            Package pkg = Package.read(opf);
            List<String> paragraphs = new ArrayList<>();
            for (String idref : pkg.spine) {
                String href = pkg.manifest.get(idref);
                if (href == null) {
                    continue;
                }
                String chapter = zip.readText(resolve(opfPath, href));
                if (chapter == null || chapter.isBlank()) {
                    continue;
                }
                limits.addText(file, chapter.length());
                ParsedDocument doc = html.parse(chapter);
                if (doc.title() != null && !doc.title().isBlank() && !doc.title().equals(pkg.title)) {
                    paragraphs.add(doc.title());
                }
                paragraphs.addAll(doc.paragraphs());
            }
            return new ParsedDocument(pkg.title, paragraphs, new ArticleMetadata(pkg.creator, pkg.date, pkg.publisher, pkg.language));
        } catch (XMLStreamException e) {
            throw new ArticleLoadException(file + " is a damaged EPUB: " + ArticleLoader.oneLine(e), e);
        }
    }

    private static String rootFile(byte[] containerXml) throws XMLStreamException {
        XMLStreamReader r = Xml.reader(containerXml);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && "rootfile".equals(r.getLocalName())) {
                return r.getAttributeValue(null, "full-path");
            }
        }
        return null;
    }

    /** {@code href} relative to the package document's folder, as a zip entry name. */
    private static String resolve(String opfPath, String href) {
        int slash = opfPath.lastIndexOf('/');
        String base = slash < 0 ? "" : opfPath.substring(0, slash + 1);
        try {
            String path = new URI(null, null, base + href.replaceAll("#.*$", ""), null).normalize().getPath();
            return path.startsWith("/") ? path.substring(1) : path;
        } catch (URISyntaxException e) {
            return base + href;
        }
    }

    private static final class Package {
        String title;
        String creator;
        String publisher;
        String language;
        OffsetDateTime date;
        final Map<String, String> manifest = new HashMap<>();
        final List<String> spine = new ArrayList<>();

        static Package read(byte[] opf) throws XMLStreamException {
            Package p = new Package();
            XMLStreamReader r = Xml.reader(opf);
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String dc = "http://purl.org/dc/elements/1.1/".equals(r.getNamespaceURI()) ? r.getLocalName() : "";
                switch (dc.isEmpty() ? r.getLocalName() : "dc:" + dc) {
                    case "dc:title" -> p.title = p.title == null ? DocxParser.blankToNull(r.getElementText()) : p.title;
                    case "dc:creator" -> p.creator = p.creator == null ? DocxParser.blankToNull(r.getElementText()) : p.creator;
                    case "dc:publisher" -> p.publisher = p.publisher == null ? DocxParser.blankToNull(r.getElementText()) : p.publisher;
                    case "dc:language" -> p.language = p.language == null ? DocxParser.blankToNull(r.getElementText()) : p.language;
                    case "dc:date" -> p.date = p.date == null ? DocxParser.dateTime(r.getElementText()) : p.date;
                    case "item" -> p.manifest.put(r.getAttributeValue(null, "id"), r.getAttributeValue(null, "href"));
                    case "itemref" -> p.spine.add(r.getAttributeValue(null, "idref"));
                    default -> { }
                }
            }
            return p;
        }
    }
}

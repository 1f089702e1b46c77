package org.newslens.article;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.newslens.app.DateTimes;

/**
 * A Word document (.docx): every paragraph of word/document.xml in order (headings and list items each a
 * paragraph), the title from the document properties or else its first Title/Heading 1 paragraph, the author
 * and dates from docProps/core.xml. Read with the JDK's zip and StAX rather than Apache POI: same paragraphs
 * for 20 MB less (docs/formats.md).
 */
final class DocxParser {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final Limits limits;

    DocxParser(Limits limits) {
        this.limits = limits;
    }

    ParsedDocument parse(Path file) throws ArticleLoadException {
        try (BoundedZip zip = new BoundedZip(file, "Word (DOCX)")) {
            byte[] document = zip.read("word/document.xml");
            if (document == null) {
                throw new ArticleLoadException(file + " is not a Word document: it has no word/document.xml.");
            }
            List<String> paragraphs = new ArrayList<>();
            String headingTitle = body(file, document, paragraphs);
            byte[] core = zip.read("docProps/core.xml");
            CoreProperties props = core == null ? new CoreProperties() : CoreProperties.read(core);
            String title = props.title != null ? props.title : headingTitle;
            if (title != null && !paragraphs.isEmpty() && paragraphs.get(0).strip().equals(title.strip())) {
                paragraphs.remove(0);
            }
            if (paragraphs.isEmpty() && title != null) {
                paragraphs.add(title);
            }
            return new ParsedDocument(title, paragraphs, new ArticleMetadata(props.creator, props.created, null, props.language));
        } catch (XMLStreamException e) {
            throw new ArticleLoadException(file + " is a damaged Word document: " + ArticleLoader.oneLine(e), e);
        }
    }

    /** Adds the body's paragraphs; returns the text of the first Title or Heading 1 paragraph, if any. */
    private String body(Path file, byte[] xml, List<String> paragraphs) throws XMLStreamException, ArticleLoadException {
        XMLStreamReader r = Xml.reader(xml);
        StringBuilder p = null;
        String style = null;
        String headingTitle = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "p" -> {
                        p = new StringBuilder();
                        style = null;
                    }
                    case "pStyle" -> style = r.getAttributeValue(W, "val");
                    case "t" -> {
                        if (p != null) {
                            p.append(r.getElementText());
                        }
                    }
                    case "tab", "br", "cr" -> {
                        if (p != null) {
                            p.append(' ');
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI()) && "p".equals(r.getLocalName())
                    && p != null) {
                String text = p.toString();
                limits.addText(file, text.length());
                String s = style == null ? "" : style.toLowerCase(Locale.ROOT);
                if (headingTitle == null && paragraphs.isEmpty() && (s.equals("title") || s.equals("heading1")) && !text.isBlank()) {
                    headingTitle = text.strip();
                }
                paragraphs.add(text);
                p = null;
            }
        }
        return headingTitle;
    }

    /** docProps/core.xml: dc:title, dc:creator, dc:language, dcterms:created. */
    private static final class CoreProperties {
        String title;
        String creator;
        String language;
        OffsetDateTime created;

        static CoreProperties read(byte[] xml) throws XMLStreamException {
            CoreProperties props = new CoreProperties();
            XMLStreamReader r = Xml.reader(xml);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "title" -> props.title = blankToNull(r.getElementText());
                        case "creator" -> props.creator = blankToNull(r.getElementText());
                        case "language" -> props.language = blankToNull(r.getElementText());
                        case "created" -> props.created = dateTime(r.getElementText());
                        default -> { }
                    }
                }
            }
            return props;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** An ISO-8601 date-time ("2024-05-01T09:30:00Z") or date, or null. */
    static OffsetDateTime dateTime(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return DateTimes.read(s.strip(), DateTimes.OFFSET, DateTimes.DAY_UTC);
    }
}

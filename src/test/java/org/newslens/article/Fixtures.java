package org.newslens.article;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Test documents written by the tests themselves: PDF through PDFBox, EPUB and DOCX as zips of XML. */
final class Fixtures {
    private Fixtures() {
    }

    /** One page per list; each inner list is a page's lines, an empty string leaving a paragraph gap. */
    static PDDocument pdf(String header, List<List<String>> pages) throws IOException {
        PDDocument doc = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        int number = 1;
        for (List<String> lines : pages) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = 800;
                if (header != null) {
                    text(out, font, 60, y, header);
                }
                y -= 40;
                for (String line : lines) {
                    if (line.isEmpty()) {
                        y -= 14;
                    } else {
                        text(out, font, 60, y, line);
                        y -= 14;
                    }
                }
                text(out, font, 290, 40, String.valueOf(number++));
            }
        }
        return doc;
    }

    private static void text(PDPageContentStream out, PDType1Font font, float x, float y, String s) throws IOException {
        out.beginText();
        out.setFont(font, 11);
        out.newLineAtOffset(x, y);
        out.showText(s);
        out.endText();
    }

    static Path savePdf(PDDocument doc, Path file, String title, String author) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        doc.save(file.toFile());
        doc.close();
        return file;
    }

    static Path zip(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    static String docxParagraph(String style, String... runs) {
        StringBuilder p = new StringBuilder("<w:p>");
        if (style != null) {
            p.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
        }
        for (String run : runs) {
            p.append("<w:r><w:t xml:space=\"preserve\">").append(run).append("</w:t></w:r>");
        }
        return p.append("</w:p>").toString();
    }

    static String docxDocument(String... paragraphs) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + String.join("", paragraphs) + "</w:body></w:document>";
    }
}

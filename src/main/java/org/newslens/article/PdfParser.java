package org.newslens.article;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text layer, read with Apache PDFBox page by page in reading order: paragraphs rebuilt from
 * PDFBox's paragraph breaks, words hyphenated at a line end joined again, and running headers, footers and
 * page numbers (the same first or last line on most pages) left out. A PDF without any text is scanned
 * pages; it gets a message saying so rather than an empty article.
 */
final class PdfParser {
    private static final String PARAGRAPH = "\u2029";
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[\\s\\-–—]*(?:page|p\\.|seite|página|pagina)?\\s*\\d{1,5}(?:\\s*(?:of|/|von|de|sur)\\s*\\d{1,5})?[\\s\\-–—]*$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final int MIN_PAGES_FOR_RUNNING_LINES = 3;

    private final Limits limits;

    PdfParser(Limits limits) {
        this.limits = limits;
    }

    ParsedDocument parse(Path file) throws ArticleLoadException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            List<List<String>> pages = pages(file, pdf);
            removeRunningLines(pages);
            List<String> paragraphs = paragraphs(pages);
            if (paragraphs.stream().allMatch(String::isBlank)) {
                throw new ArticleLoadException(file + " has no text layer: its " + pdf.getNumberOfPages()
                        + " page(s) are probably scanned images, which NewsLens cannot read without OCR.");
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            String title = DocxParser.blankToNull(info.getTitle());
            if (title != null && paragraphs.get(0).strip().equals(title)) {
                paragraphs.remove(0);
            }
            return new ParsedDocument(title, paragraphs, new ArticleMetadata(info.getAuthor(), dateTime(info.getCreationDate()),
                    null, pdf.getDocumentCatalog().getLanguage()));
        } catch (InvalidPasswordException e) {
            throw new ArticleLoadException(file + " is an encrypted PDF that needs a password; NewsLens cannot open it.", e);
        } catch (IOException | RuntimeException e) {
            throw new ArticleLoadException(file + " is not a readable PDF (damaged or not a PDF): " + ArticleLoader.oneLine(e), e);
        }
    }

    /**
     * Each page's lines, with {@link #PARAGRAPH} alone on a line where a paragraph breaks: where PDFBox sees one
     * (indentation), or where the gap above a line is clearly wider than the page's usual line spacing.
     */
    private List<List<String>> pages(Path file, PDDocument pdf) throws IOException, ArticleLoadException {
        LineCollector collector = new LineCollector();
        List<List<String>> pages = new ArrayList<>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            collector.setStartPage(page);
            collector.setEndPage(page);
            collector.lines.clear();
            collector.tops.clear();
            collector.writeText(pdf, java.io.Writer.nullWriter());
            collector.endLine();
            List<String> lines = new ArrayList<>();
            float usual = usualGap(collector.tops);
            float previousTop = Float.NaN;
            for (int i = 0; i < collector.lines.size(); i++) {
                if (collector.lines.get(i).equals(PARAGRAPH)) {
                    lines.add(PARAGRAPH);
                    continue;
                }
                String line = collector.lines.get(i).strip();
                float top = collector.tops.get(i);
                if (!Float.isNaN(usual) && top - previousTop > usual * 1.4f) {
                    lines.add(PARAGRAPH);
                }
                previousTop = top;
                if (!line.isEmpty()) {
                    limits.addText(file, line.length());
                    lines.add(line);
                }
            }
            pages.add(lines);
        }
        return pages;
    }

    /** The most common distance between consecutive lines' baselines, or NaN. */
    private static float usualGap(List<Float> tops) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 1; i < tops.size(); i++) {
            float gap = tops.get(i) - tops.get(i - 1);
            if (gap > 0) {
                counts.merge(Math.round(gap), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(e -> (float) e.getKey()).orElse(Float.NaN);
    }

    /** PDFBox's text in reading order, kept as lines with the baseline of each. */
    private static final class LineCollector extends PDFTextStripper {
        final List<String> lines = new ArrayList<>();
        final List<Float> tops = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private float top = Float.NaN;

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (line.length() == 0 && !positions.isEmpty()) {
                top = positions.get(0).getYDirAdj();
            }
            line.append(text);
        }

        @Override
        protected void writeWordSeparator() {
            line.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void writeParagraphEnd() {
            endLine();
            lines.add(PARAGRAPH);
            tops.add(Float.NaN);
        }

        void endLine() {
            if (line.length() > 0) {
                lines.add(line.toString());
                tops.add(top);
                line.setLength(0);
            }
        }
    }

    /**
     * Drops page numbers at the top or bottom of a page, and a first or last line that recurs (digits aside)
     * on at least half the pages of a document of three pages or more.
     */
    static void removeRunningLines(List<List<String>> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> lines : pages) {
            for (String edge : edges(lines)) {
                counts.merge(key(edge), 1, Integer::sum);
            }
        }
        for (List<String> lines : pages) {
            for (int pass = 0; pass < 2; pass++) {
                int last = lastText(lines);
                if (last >= 0 && isRunning(lines.get(last), counts, pages.size())) {
                    lines.remove(last);
                }
                int first = firstText(lines);
                if (first >= 0 && isRunning(lines.get(first), counts, pages.size())) {
                    lines.remove(first);
                }
            }
        }
    }

    private static boolean isRunning(String line, Map<String, Integer> counts, int pages) {
        return PAGE_NUMBER.matcher(line).matches()
                || pages >= MIN_PAGES_FOR_RUNNING_LINES && counts.getOrDefault(key(line), 0) * 2 >= pages;
    }

    private static List<String> edges(List<String> lines) {
        List<String> edges = new ArrayList<>();
        int first = firstText(lines);
        int last = lastText(lines);
        if (first >= 0) {
            edges.add(lines.get(first));
            int second = nextText(lines, first + 1);
            if (second >= 0 && second < last) {
                edges.add(lines.get(second));
            }
        }
        if (last > first) {
            edges.add(lines.get(last));
        }
        return edges;
    }

    private static int firstText(List<String> lines) {
        return nextText(lines, 0);
    }

    private static int nextText(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).equals(PARAGRAPH)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastText(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).equals(PARAGRAPH)) {
                return i;
            }
        }
        return -1;
    }

    private static String key(String line) {
        return DIGITS.matcher(line).replaceAll("#");
    }

    /**
     * Joins lines into paragraphs: a word hyphenated at a line end ("recon-" + "struction") is joined without
     * the hyphen, and a paragraph cut by a page break (no closing punctuation, next page starting in lower case)
     * goes on across it.
     */
    static List<String> paragraphs(List<List<String>> pages) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (List<String> lines : pages) {
            boolean pageStart = true;
            for (String line : lines) {
                if (line.equals(PARAGRAPH)) {
                    flush(current, paragraphs);
                    continue;
                }
                if (pageStart && current.length() == 0 && !paragraphs.isEmpty() && continues(paragraphs.get(paragraphs.size() - 1), line)) {
                    current.append(paragraphs.remove(paragraphs.size() - 1));
                }
                pageStart = false;
                join(current, line);
            }
            flush(current, paragraphs);
        }
        return paragraphs;
    }

    private static boolean continues(String previous, String next) {
        char end = previous.charAt(previous.length() - 1);
        return ".!?:;\"”’)…".indexOf(end) < 0 && Character.isLowerCase(next.codePointAt(0));
    }

    private static void join(StringBuilder current, String line) {
        int n = current.length();
        if (n == 0) {
            current.append(line);
        } else if (n >= 2 && current.charAt(n - 1) == '-' && Character.isLetter(current.charAt(n - 2))
                && Character.isLowerCase(line.codePointAt(0))) {
            current.setLength(n - 1);
            current.append(line);
        } else {
            current.append(' ').append(line);
        }
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    private static OffsetDateTime dateTime(Calendar c) {
        if (c == null) {
            return null;
        }
        return c.toInstant().atOffset(ZoneOffset.ofTotalSeconds(c.getTimeZone().getOffset(c.getTimeInMillis()) / 1000));
    }
}

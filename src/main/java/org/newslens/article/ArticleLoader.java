package org.newslens.article;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.newslens.app.Errors;

/**
 * Loads an article from a plain-text, Markdown, HTML, PDF, EPUB, DOCX or e-mail (.eml) file, in whatever encoding it was saved, into the
 * {@link Article} the reader shows. Every failure is an {@link ArticleLoadException} whose message names the
 * file and says what is wrong in one line.
 */
public class ArticleLoader {
    /** Larger files are refused: no article is this long, and reading one would only exhaust memory. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /**
     * PDF, EPUB, DOCX and e-mail files may be this many times larger (images, attachments): they are never read
     * into memory whole, and the text taken from them is still held to the limit.
     */
    static final int CONTAINER_FACTOR = 4;

    private final long maxBytes;
    private final FormatDetector formats = new FormatDetector();
    private final BinarySniffer binary = new BinarySniffer();
    private final TextDecoder decoder = new TextDecoder();
    private final BylineDetector bylines = new BylineDetector();
    private final PlainTextParser plainText = new PlainTextParser(bylines);
    private final MarkdownParser markdown = new MarkdownParser();
    private final HtmlParser html = new HtmlParser();
    private final TitleDeriver titles = new TitleDeriver();

    public ArticleLoader() {
        this(MAX_BYTES);
    }

    ArticleLoader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Article load(Path file) throws ArticleLoadException {
        long size = check(file);
        SourceFormat container = formats.container(file);
        if (container != null) {
            if (size > maxBytes * CONTAINER_FACTOR) {
                throw tooLarge(file, size, maxBytes * CONTAINER_FACTOR);
            }
            Limits limits = new Limits(maxBytes);
            ParsedDocument doc = switch (container) {
                case PDF -> new PdfParser(limits).parse(file);
                case EPUB -> new EpubParser(limits, html).parse(file);
                case DOCX -> new DocxParser(limits).parse(file);
                default -> new EmailParser(limits, html).parse(file);
            };
            return assemble(file, doc, container, container == SourceFormat.PDF ? "PDF text layer" : "UTF-8");
        }
        if (size > maxBytes) {
            throw tooLarge(file, size, maxBytes);
        }
        byte[] bytes = read(file);
        String binaryKind = binary.describeBinary(bytes);
        if (binaryKind != null) {
            throw new ArticleLoadException(file + " is not a text article: it looks like " + binaryKind + ".");
        }
        SourceFormat format = formats.detect(file, bytes);
        Charset declared = format == SourceFormat.HTML ? html.declaredCharset(bytes) : null;
        TextDecoder.Decoded decoded = decoder.decode(bytes, declared);
        if (decoded.text().isBlank()) {
            throw new ArticleLoadException(file + " is empty: it contains only white space.");
        }
        ParsedDocument doc = switch (format) {
            case MARKDOWN -> markdown.parse(decoded.text());
            case HTML -> html.parse(decoded.text());
            default -> plainText.parse(decoded.text());
        };
        String encoding = decoded.charset().name();
        if (declared != null && !declared.equals(decoded.charset())) {
            encoding += decoded.charset().equals(StandardCharsets.UTF_8)
                    ? " (the page declares " + declared.name() + ", but its bytes are valid UTF-8)"
                    : " (the page declares " + declared.name() + ", which its bytes are not)";
        }
        return assemble(file, doc, format, encoding);
    }

    /** An article from text already in memory, read as plain text. */
    public Article fromPlainText(Path source, String raw) throws ArticleLoadException {
        return assemble(source, plainText.parse(TextDecoder.normaliseLineEnds(raw)), SourceFormat.TEXT, StandardCharsets.UTF_8.name());
    }

    /** The size of {@code file} once it is known to be a readable regular file, else a message saying what it is. */
    private static long check(Path file) throws ArticleLoadException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ArticleLoadException("No such file: " + file);
        }
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            try {
                file.toRealPath();
            } catch (FileSystemLoopException e) {
                throw new ArticleLoadException(file + " is a symbolic link that loops back on itself.", e);
            } catch (IOException e) {
                if (String.valueOf(e.getMessage()).contains("levels of symbolic links")) {
                    throw new ArticleLoadException(file + " is a symbolic link that loops back on itself (too many levels of symbolic links).", e);
                }
            }
            throw new ArticleLoadException(file + " is a symbolic link to " + target(file) + ", which does not exist.");
        }
        if (Files.isDirectory(file)) {
            throw new ArticleLoadException(file + " is a folder, not an article file.");
        }
        if (!Files.isRegularFile(file)) {
            throw new ArticleLoadException(file + " is not a regular file (a named pipe, device or socket): only files can be opened.");
        }
        if (!Files.isReadable(file)) {
            throw new ArticleLoadException("Cannot read " + file + ": permission denied.");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ArticleLoadException(file + " is empty.");
            }
            return size;
        } catch (IOException e) {
            throw new ArticleLoadException("Cannot read " + file + ": " + oneLine(e), e);
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a path";
        }
    }

    /** Exact sizes: "50.0 MB (limit 50 MB)" for one byte over the limit told the user nothing. */
    static ArticleLoadException tooLarge(Path file, long size, long limit) {
        return new ArticleLoadException(String.format(Locale.ROOT, "%s is too large to open: %,d bytes, over the limit of %,d bytes (%s).",
                file, size, limit, megabytes(limit)));
    }

    private byte[] read(Path file) throws ArticleLoadException {
        try {
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new ArticleLoadException("Cannot read " + file + ": permission denied.", e);
        } catch (NoSuchFileException e) {
            throw new ArticleLoadException("No such file: " + file, e);
        } catch (IOException e) {
            throw new ArticleLoadException("Cannot read " + file + ": " + oneLine(e), e);
        } catch (OutOfMemoryError e) {
            throw new ArticleLoadException("Not enough memory to open " + file + ".");
        }
    }

    private Article assemble(Path source, ParsedDocument doc, SourceFormat format, String encoding) throws ArticleLoadException {
        List<String> paragraphs = new ArrayList<>(doc.paragraphs().size());
        for (String raw : doc.paragraphs()) {
            String p = Prose.clean(raw);
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        if (paragraphs.isEmpty()) {
            throw new ArticleLoadException((source == null ? "The text" : source.toString()) + " has no readable text.");
        }
        Paragraph.Kind[] kinds = new Paragraph.Kind[paragraphs.size()];
        Arrays.fill(kinds, Paragraph.Kind.BODY);
        String byline = null;
        int last = paragraphs.size() - 1;
        if (last > 0 && bylines.isClosingByline(paragraphs.get(last))) {
            kinds[last] = Paragraph.Kind.BYLINE;
            byline = paragraphs.get(last);
        }
        if (last > 0 && bylines.isLeadingByline(paragraphs.get(0))) {
            kinds[0] = Paragraph.Kind.BYLINE;
            byline = byline == null ? paragraphs.get(0) : byline;
        }

        StringBuilder text = new StringBuilder();
        List<Paragraph> ranges = new ArrayList<>(paragraphs.size());
        String firstBody = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(paragraphs.get(i));
            ranges.add(new Paragraph(i + 1, start, text.length(), kinds[i]));
            if (firstBody == null && kinds[i] == Paragraph.Kind.BODY) {
                firstBody = paragraphs.get(i);
            }
        }
        String title = doc.title() == null ? "" : Prose.clean(doc.title());
        if (title.isEmpty()) {
            title = titles.derive(firstBody != null ? firstBody : paragraphs.get(0));
        }
        String body = text.toString();
        return new Article(source, title, byline, body, ranges, format, encoding, sha256(body), doc.metadata());
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? String.format(Locale.ROOT, "%.0f MB", mb) : String.format(Locale.ROOT, "%.1f MB", mb);
    }

    static String oneLine(Exception e) {
        String message = Errors.message(e);
        return message.replaceAll("\\s+", " ").strip();
    }

    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.newslens.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.newslens.app.DateTimes;

/**
 * An e-mail message (.eml), read as a stream with Apache James mime4j: the subject is the title, the sender
 * the author (and the sender's domain the site), the date the publication date; the text is a line naming
 * sender and recipients, the body (text/plain preferred, else the HTML part through {@link HtmlParser}), and
 * a closing list of attachments with their sizes. Attachments are counted as they stream past, never held
 * in memory, so a message with a 40 MB attachment opens in bounded memory.
 */
record EmailParser(Limits limits, HtmlParser html) {
    private static final Pattern FILENAME = Pattern.compile("(?i)\\b(?:file)?name\\*?\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");
    private static final Pattern ADDRESS = Pattern.compile("^\\s*\"?([^\"<]*?)\"?\\s*<([^>]+)>\\s*$");

    ParsedDocument parse(Path file) throws ArticleLoadException {
        String subject = null;
        String from = null;
        String to = null;
        String date = null;
        String plain = null;
        String htmlBody = null;
        List<String> attachments = new ArrayList<>();
        MimeConfig config = MimeConfig.custom().setMaxLineLen(-1).setMaxHeaderLen(1024 * 1024).setMaxHeaderCount(10_000)
                .setMaxNestingDepth(50).setMaxPartCount(10_000).build();
        MimeTokenStream stream = new MimeTokenStream(config);
        try (InputStream in = Files.newInputStream(file)) {
            stream.parse(in);
            boolean topHeader = true;
            String disposition = null;
            String contentType = null;
            for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM; state = stream.next()) {
                switch (state) {
                    case T_START_HEADER -> {
                        disposition = null;
                        contentType = null;
                    }
                    case T_FIELD -> {
                        Field f = stream.getField();
                        String name = f.getName().toLowerCase(Locale.ROOT);
                        String value = decode(f.getBody());
                        if (topHeader) {
                            switch (name) {
                                case "subject" -> subject = value;
                                case "from" -> from = value;
                                case "to" -> to = value;
                                case "date" -> date = value;
                                default -> { }
                            }
                        }
                        if (name.equals("content-disposition")) {
                            disposition = value;
                        } else if (name.equals("content-type")) {
                            contentType = value;
                        }
                    }
                    case T_END_HEADER -> topHeader = false;
                    case T_BODY -> {
                        BodyDescriptor body = stream.getBodyDescriptor();
                        String type = body.getMimeType().toLowerCase(Locale.ROOT);
                        String filename = filename(disposition, contentType);
                        boolean attached = filename != null || disposition != null && disposition.toLowerCase(Locale.ROOT).startsWith("attachment");
                        if (!attached && type.equals("text/plain") && plain == null) {
                            plain = text(file, stream.getDecodedInputStream(), body.getCharset());
                        } else if (!attached && type.equals("text/html") && htmlBody == null) {
                            htmlBody = text(file, stream.getDecodedInputStream(), body.getCharset());
                        } else if (attached || !type.startsWith("text/")) {
                            long size = skip(stream.getDecodedInputStream());
                            attachments.add(String.format(Locale.ROOT, "%s (%s, %,d bytes)",
                                    filename == null ? "unnamed" : filename, type, size));
                        }
                    }
                    default -> { }
                }
            }
        } catch (MimeException e) {
            throw new ArticleLoadException(file + " is not a readable e-mail message: " + ArticleLoader.oneLine(e), e);
        } catch (IOException e) {
            throw new ArticleLoadException("Cannot read " + file + ": " + ArticleLoader.oneLine(e), e);
        }
        if (from == null && subject == null && date == null) {
            throw new ArticleLoadException(file + " is not an e-mail message: it has no From, Subject or Date header.");
        }
        List<String> paragraphs = new ArrayList<>();
        String envelope = (from == null ? "" : "From: " + from) + (to == null ? "" : (from == null ? "" : " · ") + "To: " + to);
        if (!envelope.isEmpty()) {
            paragraphs.add(envelope);
        }
        if (plain != null && !plain.isBlank()) {
            paragraphs.addAll(new PlainTextParser(new BylineDetector()).parse(TextDecoder.normaliseLineEnds(plain)).paragraphs());
        } else if (htmlBody != null) {
            paragraphs.addAll(html.parse(htmlBody).paragraphs());
        }
        if (!attachments.isEmpty()) {
            paragraphs.add("Attachments: " + String.join("; ", attachments) + ".");
        }
        String[] sender = sender(from);
        return new ParsedDocument(subject, paragraphs, new ArticleMetadata(sender[0], dateTime(date), sender[1], null));
    }

    private String text(Path file, InputStream in, String charset) throws IOException, ArticleLoadException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            limits.addText(file, n);
            out.write(buffer, 0, n);
        }
        Charset cs = TextDecoder.lookup(charset);
        return out.toString(cs == null ? StandardCharsets.UTF_8 : cs);
    }

    private static long skip(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
        }
        return total;
    }

    private static String decode(String raw) {
        String unfolded = raw.replaceAll("\\r?\\n[ \\t]+", " ").strip();
        try {
            return DecoderUtil.decodeEncodedWords(unfolded, DecodeMonitor.SILENT);
        } catch (IllegalArgumentException e) {
            return unfolded;
        }
    }

    private static String filename(String disposition, String contentType) {
        for (String header : new String[] {disposition, contentType}) {
            if (header != null) {
                Matcher m = FILENAME.matcher(header);
                if (m.find()) {
                    return m.group(1) != null ? m.group(1) : m.group(2);
                }
            }
        }
        return null;
    }

    /** The sender's display name (or address) and the address's domain. */
    private static String[] sender(String from) {
        if (from == null) {
            return new String[] {null, null};
        }
        Matcher m = ADDRESS.matcher(from);
        String name = m.matches() ? m.group(1).strip() : from.strip();
        String address = m.matches() ? m.group(2).strip() : from.strip();
        int at = address.lastIndexOf('@');
        return new String[] {name.isEmpty() ? address : name, at < 0 ? null : address.substring(at + 1)};
    }

    private static OffsetDateTime dateTime(String date) {
        if (date == null) {
            return null;
        }
        return DateTimes.read(date.replaceAll("\\([^)]*\\)", "").replaceAll("\\s+", " ").strip(), DateTimes.RFC_1123);
    }
}

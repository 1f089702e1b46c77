package org.newslens.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Loads an article from a file. (Plain UTF-8 text only so far; formats and encodings are issue #2's work.) */
public class ArticleLoader {

    public Article load(Path file) throws ArticleLoadException {
        if (!Files.exists(file)) {
            throw new ArticleLoadException("No such file: " + file);
        }
        String raw;
        try {
            raw = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ArticleLoadException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return fromPlainText(file, raw);
    }

    public Article fromPlainText(Path source, String raw) throws ArticleLoadException {
        List<String> paragraphs = splitParagraphs(raw);
        if (paragraphs.isEmpty()) {
            throw new ArticleLoadException("The file is empty: " + source);
        }
        StringBuilder text = new StringBuilder();
        List<Paragraph> ranges = new ArrayList<>();
        for (String p : paragraphs) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(p);
            ranges.add(new Paragraph(ranges.size() + 1, start, text.length(), Paragraph.Kind.BODY));
        }
        String body = text.toString();
        String title = paragraphs.get(0).length() <= 80 ? paragraphs.get(0) : paragraphs.get(0).substring(0, 80) + "…";
        return new Article(source, title, null, body, ranges, SourceFormat.TEXT, "UTF-8", sha256(body));
    }

    static List<String> splitParagraphs(String raw) {
        List<String> out = new ArrayList<>();
        for (String block : raw.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
            String p = block.strip().replaceAll("\\s*\n\\s*", " ");
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
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

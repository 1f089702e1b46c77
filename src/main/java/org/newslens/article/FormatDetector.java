package org.newslens.article;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** Decides how to read a file: by its extension, except that content that plainly is an HTML page is read as HTML. */
final class FormatDetector {
    private static final Pattern HTML_START = Pattern.compile(
            "^(?:\\s|<!--.*?-->|<\\?xml[^>]*>)*<(?:!doctype\\s+html|html[\\s>])",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    SourceFormat detect(Path file, byte[] bytes) {
        if (looksLikeHtml(bytes)) {
            return SourceFormat.HTML;
        }
        String ext = extension(file);
        return switch (ext) {
            case "md", "markdown", "mdown", "mkd" -> SourceFormat.MARKDOWN;
            case "html", "htm", "xhtml", "shtml" -> SourceFormat.HTML;
            default -> SourceFormat.TEXT;
        };
    }

    /** PDF, EPUB, DOCX or EMAIL when the file's extension names one of these (read by their own parsers), else null. */
    SourceFormat container(Path file) {
        return switch (extension(file)) {
            case "pdf" -> SourceFormat.PDF;
            case "epub" -> SourceFormat.EPUB;
            case "docx" -> SourceFormat.DOCX;
            case "eml" -> SourceFormat.EMAIL;
            default -> null;
        };
    }

    static String extension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return "";
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        return dot <= 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        int n = Math.min(bytes.length, 1024);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "")
                .replace("\u0000", "")
                .replace("\u00FF\u00FE", "")
                .replace("\u00FE\u00FF", "");
        return HTML_START.matcher(head).find();
    }
}

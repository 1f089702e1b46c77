package org.newslens.export;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes user strings inert in Markdown (CommonMark, Obsidian, Logseq, GitHub): every character that
 * could start markup or inline HTML is backslash-escaped, so a note or tag can never become a heading, a
 * link, an image or an HTML element; line breaks of every kind (CR, LF, CRLF, U+2028/2029, NEL) end a line
 * only where the caller allows one; links are live only for http(s) addresses.
 */
final class MarkdownText {
    /** Every line break a renderer may honour. */
    static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u2028\u2029\u0085\u000B\u000C]");
    private static final String SPECIAL = "\\`*_{}[]<>#!|~&";
    /** "1986. " at a line's start would open a numbered list; "-", "+", "=" a list, a rule or a heading underline. */
    private static final Pattern ORDERED = Pattern.compile("^(\\s*\\d{1,9})([.)])");
    private static final Pattern BLOCK_MARK = Pattern.compile("^(\\s*)([-+=])");

    private MarkdownText() {
    }

    /** One line: breaks become spaces, markup escaped. */
    static String inline(String s) {
        return escape(LINE_BREAK.matcher(s == null ? "" : s).replaceAll(" ").replaceAll("\\s+", " ").strip());
    }

    /** Escapes one line's markup (the caller has split lines). */
    static String escape(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        String escaped = ORDERED.matcher(out).replaceFirst("$1\\\\$2");
        return BLOCK_MARK.matcher(escaped).replaceFirst("$1\\\\$2");
    }

    /** Lines of a multi-line user string, each escaped. */
    static String[] lines(String s) {
        String[] lines = LINE_BREAK.split(s == null ? "" : s, -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = escape(lines[i].stripTrailing());
        }
        return lines;
    }

    /** A live link only for http(s); anything else (javascript:, data:, file:) is shown as escaped text. */
    static String link(String label, String address) {
        String scheme = schemeOf(address);
        if (scheme.equals("http") || scheme.equals("https")) {
            return "[" + inline(label) + "](<" + address.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20") + ">)";
        }
        return inline(label.equals(address) ? address : label + " " + address);
    }

    static String schemeOf(String address) {
        try {
            String scheme = URI.create(address.strip()).getScheme();
            return scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** A YAML double-quoted scalar: every control character and quote escaped, on one line. */
    static String yaml(String s) {
        StringBuilder out = new StringBuilder("\"");
        String one = LINE_BREAK.matcher(s == null ? "" : s).replaceAll(" ");
        for (int i = 0; i < one.length(); i++) {
            char c = one.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c"); // a renderer showing front matter must not meet a tag
                case '>' -> out.append("\\u003e");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

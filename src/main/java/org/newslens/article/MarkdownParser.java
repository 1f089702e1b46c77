package org.newslens.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Markdown read as prose: the first level-one heading (or a front-matter {@code title:}) is the title, other
 * headings, list items and block quotes become paragraphs, and inline syntax is removed so the text reads
 * as it would rendered: emphasis and code ticks dropped, links reduced to their text, images left out.
 */
final class MarkdownParser {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\n(.*?)\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);
    private static final Pattern FRONT_TITLE = Pattern.compile("(?m)^title:\\s*[\"']?(.*?)[\"']?\\s*$");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^[ \\t]*(?:[-*+]|\\d{1,9}[.)])[ \\t]+(?:\\[[ xX]\\][ \\t]+)?(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^[ \\t]{0,3}>[ \\t]?");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern TABLE_RULE = Pattern.compile("^[ \\t]*\\|?[ \\t]*:?-{3,}:?[ \\t]*(?:\\|[ \\t]*:?-{3,}:?[ \\t]*)*\\|?[ \\t]*$");

    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>~|\"'])");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\](?:\\([^)]*\\)|\\[[^\\]]*\\])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\](?:\\([^)]*\\)|\\[[^\\]]*\\])");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp|mailto):[^>\\s]+|[^>\\s@]+@[^>\\s]+)>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern STAR_EMPHASIS = Pattern.compile("\\*(?=\\S)(.+?)(?<=\\S)\\*");
    private static final Pattern UNDERSCORE_EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}_])_(?=\\S)(.+?)(?<=\\S)_(?![\\p{L}\\p{N}_])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[\\^[^\\]]+\\]");
    private static final char ESCAPE_BASE = '\uE000';

    ParsedDocument parse(String markdown) {
        String text = markdown;
        String title = null;
        Matcher front = FRONT_MATTER.matcher(text);
        if (front.find()) {
            Matcher t = FRONT_TITLE.matcher(front.group(1));
            if (t.find() && !t.group(1).isBlank()) {
                title = inline(t.group(1));
            }
            text = text.substring(front.end());
        }
        text = COMMENT.matcher(text).replaceAll("");

        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String[] lines = text.split("\n", -1);
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (fence != null) {
                if (line.strip().startsWith(fence)) {
                    fence = null;
                    flush(current, paragraphs, false);
                } else {
                    append(current, line);
                }
                continue;
            }
            Matcher fenceOpen = FENCE.matcher(line);
            if (fenceOpen.matches()) {
                flush(current, paragraphs, true);
                fence = fenceOpen.group(1);
                continue;
            }
            String l = stripQuoteMarkers(line);
            if (l.isBlank() || LINK_DEFINITION.matcher(l).matches() || TABLE_RULE.matcher(l).matches()) {
                flush(current, paragraphs, true);
                continue;
            }
            Matcher atx = ATX.matcher(l);
            if (atx.matches()) {
                flush(current, paragraphs, true);
                String heading = atx.group(2) == null ? "" : inline(atx.group(2));
                title = heading(atx.group(1).length(), heading, title, paragraphs);
                continue;
            }
            if (current.length() == 0 && i + 1 < lines.length && SETEXT.matcher(lines[i + 1]).matches() && !RULE.matcher(l).matches()
                    && !LIST_ITEM.matcher(l).matches()) {
                title = heading(lines[i + 1].strip().startsWith("=") ? 1 : 2, inline(l), title, paragraphs);
                i++;
                continue;
            }
            if (RULE.matcher(l).matches()) {
                flush(current, paragraphs, true);
                continue;
            }
            Matcher item = LIST_ITEM.matcher(l);
            if (item.matches()) {
                flush(current, paragraphs, true);
                append(current, item.group(1));
                continue;
            }
            append(current, l.strip().startsWith("|") ? l.replace('|', ' ') : l);
        }
        flush(current, paragraphs, fence == null);
        if (paragraphs.isEmpty() && title != null) {
            paragraphs.add(title); // a note that is only a heading still has something to show
        }
        return new ParsedDocument(title, paragraphs);
    }

    /** The first level-one heading becomes the title; every other heading is a paragraph of its own. */
    private static String heading(int level, String text, String title, List<String> paragraphs) {
        if (text.isBlank()) {
            return title;
        }
        if (title == null && level == 1) {
            return text;
        }
        if (!(level == 1 && text.equals(title))) {
            paragraphs.add(text);
        }
        return title;
    }

    private static String stripQuoteMarkers(String line) {
        String l = line;
        Matcher m = QUOTE.matcher(l);
        while (m.find()) {
            l = l.substring(m.end());
            m = QUOTE.matcher(l);
        }
        return l;
    }

    private static void append(StringBuilder current, String line) {
        if (current.length() > 0) {
            current.append(' ');
        }
        current.append(line.strip());
    }

    private static void flush(StringBuilder current, List<String> paragraphs, boolean markdown) {
        if (current.length() > 0) {
            paragraphs.add(markdown ? inline(current.toString()) : current.toString());
            current.setLength(0);
        }
    }

    /** Removes inline syntax; text inside code spans is kept verbatim. */
    static String inline(String s) {
        if (s.indexOf('`') < 0) {
            return inlineOutsideCode(s);
        }
        StringBuilder out = new StringBuilder(s.length());
        Matcher code = CODE_SPAN.matcher(s);
        int last = 0;
        while (code.find()) {
            out.append(inlineOutsideCode(s.substring(last, code.start())));
            out.append(code.group(2).strip());
            last = code.end();
        }
        out.append(inlineOutsideCode(s.substring(last)));
        return out.toString();
    }

    private static String inlineOutsideCode(String s) {
        if (s.isEmpty()) {
            return s;
        }
        String t = protectEscapes(s);
        if (t.indexOf('[') >= 0) {
            t = IMAGE.matcher(t).replaceAll("");
            t = LINK.matcher(t).replaceAll("$1");
            t = FOOTNOTE_REF.matcher(t).replaceAll("");
        }
        if (t.indexOf('<') >= 0) {
            t = AUTOLINK.matcher(t).replaceAll("$1");
            t = HTML_TAG.matcher(t).replaceAll("");
        }
        if (t.indexOf('*') >= 0 || t.indexOf('_') >= 0) {
            t = STRONG.matcher(t).replaceAll("$2");
            t = STAR_EMPHASIS.matcher(t).replaceAll("$1");
            t = UNDERSCORE_EMPHASIS.matcher(t).replaceAll("$1");
        }
        if (t.indexOf('~') >= 0) {
            t = STRIKE.matcher(t).replaceAll("$1");
        }
        if (t.indexOf('&') >= 0) {
            t = Parser.unescapeEntities(t, false);
        }
        return restoreEscapes(t);
    }

    /** Backslash-escaped punctuation is parked in the private-use area so no rule above treats it as syntax. */
    private static String protectEscapes(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        Matcher m = ESCAPE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) (ESCAPE_BASE + m.group(1).charAt(0)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String restoreEscapes(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= ESCAPE_BASE && c < ESCAPE_BASE + 128) {
                if (out == null) {
                    out = new StringBuilder(s.substring(0, i));
                }
                out.append((char) (c - ESCAPE_BASE));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}

package org.newslens.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text: paragraphs are separated by blank lines (or, in files without any, one per line; hard-wrapped
 * files without blank lines start a paragraph at each indented line). A short first line without
 * sentence punctuation, followed by more text, is the title.
 */
final class PlainTextParser {
    private static final Pattern RULE = Pattern.compile("^\\s*([=\\-*_~#])(?:\\s*\\1){2,}\\s*$");
    private static final int WRAP_WIDTH = 80;

    private final BylineDetector bylines;

    PlainTextParser(BylineDetector bylines) {
        this.bylines = bylines;
    }

    ParsedDocument parse(String text) {
        List<List<String>> blocks = blocks(text.split("\n", -1));
        String title = null;
        List<String> first = blocks.isEmpty() ? List.of() : blocks.get(0);
        if (first.size() >= 2 && isHeading(first.get(0)) && bylines.isLeadingByline(String.join(" ", first.subList(1, first.size())))) {
            // "Headline" directly above "By Jane Doe", without a blank line between them
            blocks.set(0, new ArrayList<>(first.subList(1, first.size())));
            blocks.add(0, new ArrayList<>(List.of(first.get(0))));
        }
        if (blocks.size() >= 2 && blocks.get(0).size() == 1 && isHeading(blocks.get(0).get(0))) {
            title = blocks.remove(0).get(0).strip();
        }
        List<String> paragraphs = new ArrayList<>(blocks.size());
        for (List<String> block : blocks) {
            paragraphs.add(String.join(" ", block));
        }
        return new ParsedDocument(title, paragraphs);
    }

    private static List<List<String>> blocks(String[] lines) {
        boolean blankSeparated = false;
        boolean seenText = false;
        boolean blankAfterText = false;
        int longest = 0;
        int nonEmpty = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                blankAfterText = seenText;
            } else if (!RULE.matcher(line).matches()) {
                blankSeparated |= blankAfterText;
                seenText = true;
                nonEmpty++;
                longest = Math.max(longest, line.strip().length());
            }
        }
        boolean hardWrapped = !blankSeparated && nonEmpty >= 3 && longest <= WRAP_WIDTH;
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            boolean rule = RULE.matcher(line).matches();
            boolean startsBlock = line.isBlank() || rule
                    || !blankSeparated && (!hardWrapped || Character.isWhitespace(line.charAt(0)));
            if (startsBlock && !current.isEmpty()) {
                blocks.add(current);
                current = new ArrayList<>();
            }
            if (!line.isBlank() && !rule) {
                current.add(line.strip());
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    /** Short, with letters, no sentence-final punctuation, and not an author credit. */
    private boolean isHeading(String line) {
        String s = line.strip();
        if (s.length() > 120 || s.split("\\s+").length > 20 || !s.codePoints().anyMatch(Character::isLetter)) {
            return false;
        }
        String unquoted = s.replaceAll("[\"'”’)\\]]+$", "");
        if (unquoted.isEmpty() || ".!?;,:…—–-".indexOf(unquoted.charAt(unquoted.length() - 1)) >= 0) {
            return false;
        }
        return !bylines.isLeadingByline(s);
    }
}

package org.newslens.article;

import java.util.regex.Pattern;

/**
 * Recognises an author note: a short paragraph that credits a named person, such as "By Jane Doe",
 * "Jane Doe is a Lisbon-based journalist covering …" or "Jane Doe reports for …".
 */
final class BylineDetector {
    static final int MAX_LENGTH = 300;

    /** Two to four capitalised name words, allowing initials, hyphens, apostrophes and lower-case particles. */
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.\\-]*";
    private static final String PARTICLE = "(?:de|da|del|della|di|du|van|von|der|den|la|le|bin|ibn|al|el|y|dos|das)";
    private static final String NAME = NAME_WORD + "(?:\\s+(?:" + PARTICLE + "\\s+){0,2}" + NAME_WORD + "){1,3}";
    private static final String NAMES = NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*";

    /** Words that begin ordinary sentences, not names. */
    private static final Pattern NOT_A_NAME_START = Pattern.compile(
            "^(?:The|This|That|These|Those|A|An|In|On|At|As|For|But|And|Or|If|When|While|After|Before|Our|His|Her|Its|"
                    + "Their|My|Your|We|They|He|She|It|President|Prime|Mr|Mrs|Ms|Dr|Sir|General|King|Queen|Prince|Minister|Senator)\\b");

    private static final Pattern BY = Pattern.compile(
            "^[(\\[]?(?:[—–-]+\\s*)?(?:By|BY|Written by|Words by|(?:Additional r|R)eporting by|Reported by|Text by|Compiled by)\\s+"
                    + NAMES + "(?:\\s*[,;|]\\s*.*|\\s+(?:in|from|at)\\s+\\p{Lu}.*|\\s*[)\\]])?$");

    private static final String ROLE = "(?:journalist|correspondent|reporter|editor|writer|author|columnist|contributor|"
            + "freelancer|commentator|analyst|photographer|photojournalist|producer|broadcaster|blogger|"
            + "researcher|fellow|professor|lecturer|novelist|essayist|critic|bureau chief|staff)s?";

    /** "Jane Doe is a … journalist …", "Jane Doe and John Roe are correspondents …", "Jane Doe, a reporter …". */
    private static final Pattern NAME_ROLE = Pattern.compile(
            "^" + NAMES + "(?:\\s+(?:is|was|are|were|has been|have been)|\\s*,\\s+(?:a|an))\\s[^.!?]{0,160}?\\b" + ROLE + "\\b");

    /** Quotes and reported speech belong to news, not to author notes. */
    private static final Pattern REPORTED_SPEECH = Pattern.compile("[\"“”]|\\b(?:said|says|told|tells|added)\\b");

    /** "Jane Doe reports for …", "Jane Doe writes about …", "Jane Doe covers …". */
    private static final Pattern NAME_VERB = Pattern.compile(
            "^" + NAMES + "\\s+(?:reports|reported|writes|wrote|covers|covered|is reporting|contributes|contributed)"
                    + "\\s+(?:for|from|on|about|to|the|\\p{Lu})");

    /** The closing author note: short, at most two sentences, crediting a named person in its first words. */
    boolean isClosingByline(String paragraph) {
        String p = paragraph.strip();
        if (p.isEmpty() || p.length() > MAX_LENGTH || Sentences.count(p) > 2) {
            return false;
        }
        if (BY.matcher(p).matches() && p.length() <= 160) {
            return true;
        }
        if (NOT_A_NAME_START.matcher(p).find() || REPORTED_SPEECH.matcher(p).find()) {
            return false;
        }
        return NAME_ROLE.matcher(p).find() || NAME_VERB.matcher(p).find();
    }

    /** A "By Jane Doe" line at the top of an article. */
    boolean isLeadingByline(String paragraph) {
        String p = paragraph.strip();
        return p.length() <= 120 && BY.matcher(p).matches();
    }
}

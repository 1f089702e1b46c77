package org.newslens.nlp;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The English month names the rules share, from {@link java.time.Month}: one list, not one per rule. */
public final class MonthNames {
    private MonthNames() {
    }

    /**
     * A regular expression (no group of its own) for a month written out or shortened, in any case: "September",
     * "Sept", "Sep"; longer forms first, so the longest one written matches.
     */
    public static final String PATTERN = "(?i:" + Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
            .collect(Collectors.joining("|")) + "|Sept|" + Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
            .collect(Collectors.joining("|")) + ")";

    /** The month a name matched by {@link #PATTERN} stands for. */
    public static Month parse(String name) {
        String start = name.substring(0, 3);
        return Arrays.stream(Month.values())
                .filter(m -> m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(start))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(name));
    }

    /** "january" … "december". */
    static final Set<String> LOWER = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    /** "January" … "December", as they are written in running text. */
    static final Set<String> CAPITALISED = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
            .collect(Collectors.toUnmodifiableSet());
    /** Abbreviations with their full stop, in lower case ("sept." as well as "sep."). */
    static final Set<String> ABBREVIATED = Set.of("jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
            "oct.", "nov.", "dec.");
    /** Month names that are also everyday words or given names ("march", "may"). */
    static final Set<String> AMBIGUOUS = Set.of("march", "may");
}

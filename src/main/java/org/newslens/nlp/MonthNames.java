package org.newslens.nlp;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The English month names the rules share, from {@link java.time.Month}: one list, not one per rule. */
final class MonthNames {
    private MonthNames() {
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

package org.newslens.analysis;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Verbs that attribute speech, writing or a stated belief, in general English. Some introduce a clause
 * without "that" ("Officials say the road is closed"); others ("added", "noted", "reported") must have
 * "that", a quotation, or follow the statement, because they also have other senses ("the index added 3 points").
 */
final class CueVerbs {
    private static final Map<String, Boolean> FORMS = new HashMap<>();

    static {
        bare("say", "says", "said", "saying");
        bare("tell", "tells", "told", "telling");
        bare("warn", "warns", "warned", "warning");
        bare("claim", "claims", "claimed", "claiming");
        bare("insist", "insists", "insisted", "insisting");
        bare("argue", "argues", "argued", "arguing");
        bare("believe", "believes", "believed");
        bare("fear", "fears", "feared");
        bare("think", "thinks");
        bare("predict", "predicts", "predicted");
        bare("estimate", "estimated");
        bare("admit", "admits", "admitted");
        bare("concede", "concedes", "conceded");
        bare("acknowledge", "acknowledges", "acknowledged");
        bare("suggest", "suggests", "suggested");
        bare("complain", "complains", "complained");
        bare("assert", "asserts", "asserted");
        bare("contend", "contends", "contended");
        bare("allege", "alleges", "alleged");
        bare("write", "writes", "wrote");
        bare("explain", "explains", "explained");
        bare("recall", "recalls", "recalled");
        bare("reply", "replies", "replied");
        bare("declare", "declares", "declared");
        bare("announce", "announces", "announced");
        bare("promise", "promises", "promised");
        bare("vow", "vows", "vowed");
        bare("pledge", "pledges", "pledged");
        thatOnly("add", "adds", "added", "adding");
        thatOnly("note", "notes", "noted");
        thatOnly("report", "reported");
        thatOnly("stated");
        thatOnly("stress", "stresses", "stressed");
        thatOnly("confirm", "confirms", "confirmed");
        thatOnly("deny", "denies", "denied");
        thatOnly("ask", "asks", "asked");
        thatOnly("respond", "responds", "responded");
        thatOnly("charge", "charges", "charged");
        thatOnly("maintain", "maintains", "maintained");
        thatOnly("urge", "urges", "urged");
        thatOnly("caution", "cautions", "cautioned");
        thatOnly("comment", "comments", "commented");
        thatOnly("observe", "observes", "observed");
        thatOnly("indicate", "indicates", "indicated");
        thatOnly("disclose", "discloses", "disclosed");
        thatOnly("reveal", "reveals", "revealed");
        thatOnly("emphasise", "emphasises", "emphasised");
        thatOnly("emphasize", "emphasizes", "emphasized");
        thatOnly("quip", "quips", "quipped");
        thatOnly("tweet", "tweets", "tweeted");
        thatOnly("continue", "continues", "continued");
    }

    private CueVerbs() {
    }

    private static void bare(String... forms) {
        for (String f : forms) {
            FORMS.put(f, true);
        }
    }

    private static void thatOnly(String... forms) {
        for (String f : forms) {
            FORMS.put(f, false);
        }
    }

    static boolean isCue(String word) {
        return FORMS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the verb may introduce a clause without "that" ("said the talks failed"). */
    static boolean takesBareClause(String word) {
        return FORMS.getOrDefault(word.toLowerCase(Locale.ROOT), false);
    }

    static boolean isTell(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.startsWith("tell") || w.equals("told");
    }
}

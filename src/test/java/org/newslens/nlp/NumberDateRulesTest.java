package org.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberDateRulesTest {
    private final NumberDateRules rules = new NumberDateRules();

    /** "text=LABEL" or "text=FIGURE>context" for each span found. */
    private List<String> found(String spec) {
        Tokens.Built b = Tokens.of(spec);
        List<String> out = new ArrayList<>();
        for (Span s : rules.find(b.tokens)) {
            String context = s.label() == EntityLabel.FIGURE ? rules.context(b.tokens, s) : null;
            out.add(b.covered(s) + "=" + s.label() + (context == null ? "" : ">" + context));
        }
        return out;
    }

    @Test
    void figuresCarryWhatTheyCount() {
        assertEquals(List.of("4.2 million=FIGURE>migrants", "About 7,500=FIGURE>sailors"),
                found("Some say 4.2 million migrants moved . | About 7,500 sailors signed up ."));
    }

    @Test
    void countsAfterOfAndCompoundNouns() {
        assertEquals(List.of("dozens=FIGURE>farmers", "three=FIGURE>rival powers"),
                found("dozens of farmers met three rival powers ."));
    }

    @Test
    void moneyWithoutACountedNounIsMoney() {
        assertEquals(List.of("millions=FIGURE>money", "$5 million=FIGURE>money", "12%=FIGURE>voters"),
                found("They spent millions on roads and $ ~5 million more , while 12 ~% of voters agreed ."));
    }

    @Test
    void aLoneOneIsNotAFigure() {
        assertEquals(List.of(), found("One official said one of them left ."));
    }

    @Test
    void datesTimesAndDurations() {
        assertEquals(List.of("1987=DATE", "three decades=DATE", "the past month=DATE", "Friday=DATE",
                        "earlier this year=DATE", "March 3, 1990=DATE", "weeks later=DATE", "15-year=DATE"),
                found("In 1987 , after three decades of talks and the past month of work , on Friday "
                        + "and earlier this year and on March 3 ~, 1990 and weeks later a 15 ~- ~year deal ."));
    }

    @Test
    void aFourDigitCountIsAFigureNotAYear() {
        assertEquals(List.of("About 1500=FIGURE>workers"), found("About 1500 workers left ."));
    }

    @Test
    void mayAsAVerbIsNotADate() {
        assertEquals(List.of("May=DATE"), found("They may come back in May ."));
    }
}

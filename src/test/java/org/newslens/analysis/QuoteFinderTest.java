package org.newslens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.nlp.EntityLabel;

class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();

    private static Quote only(List<Quote> quotes, String text) {
        for (Quote q : quotes) {
            if (q.text().equals(text)) {
                return q;
            }
        }
        throw new AssertionError("no quote " + text + " in " + quotes.stream().map(Quote::text).toList());
    }

    @Test
    void aDirectQuoteWithCurlyMarksGoesToThePersonAPronounRefersTo() {
        String text = "Mayor Ana Ruiz opened the bridge on Monday.\n\n"
                + "“This is a day for the whole valley,” she said. “We waited ten years.”";
        List<Quote> quotes = finder.find(text, new Entities(text).add("Ana Ruiz", EntityLabel.PERSON).analysis());
        assertEquals(2, quotes.size());
        Quote first = only(quotes, "This is a day for the whole valley,");
        assertEquals(QuoteKind.DIRECT, first.kind());
        assertEquals("said", first.cue());
        assertEquals("Ana Ruiz", first.speaker().name());
        assertEquals("she", text.substring(first.speaker().start(), first.speaker().end()));
        assertEquals(2, first.paragraph());
        Quote continued = only(quotes, "We waited ten years.");
        assertEquals("Ana Ruiz", continued.speaker().name(), "a continued quotation keeps its speaker");
        assertEquals(text.indexOf("We waited"), continued.start());
    }

    @Test
    void straightQuotesWithTheSpeakerAfterTheCueAndAnAppositive() {
        String text = "\"Prices will fall,\" said Tom Okafor, an economist at Brill Bank. \"Not soon, though.\"";
        List<Quote> quotes = finder.find(text, new Entities(text).add("Tom Okafor", EntityLabel.PERSON)
                .add("Brill Bank", EntityLabel.GROUP).analysis());
        assertEquals(2, quotes.size());
        assertEquals("Tom Okafor", only(quotes, "Prices will fall,").speaker().name());
        assertEquals("Tom Okafor", only(quotes, "Not soon, though.").speaker().name());
    }

    @Test
    void reportedStatementsWithThatWithoutItAndAfterTheStatement() {
        String text = "The Harbour Board said on Friday that the port would close.\n\n"
                + "Ferry crews say the channel is silting up.\n\n"
                + "The repairs will take a year, the board's chairman told reporters.";
        List<Quote> quotes = finder.find(text, new Entities(text).add("Harbour Board", EntityLabel.GROUP)
                .add("Friday", EntityLabel.DATE).analysis());
        assertEquals(3, quotes.size());
        Quote a = only(quotes, "the port would close");
        assertEquals(QuoteKind.REPORTED, a.kind());
        assertEquals("Harbour Board", a.speaker().name());
        Quote b = only(quotes, "the channel is silting up");
        assertTrue(b.speaker().unnamed());
        assertEquals("Ferry crews", b.speaker().name());
        Quote c = only(quotes, "The repairs will take a year");
        assertEquals("told", c.cue());
        assertEquals("reporters", c.addressee().name());
    }

    @Test
    void toldWithAnAddresseeAndAQuotedClauseIsDirect() {
        String text = "One commander told the BBC this week that “the road is ours.”";
        Quote q = finder.find(text, new Entities(text).add("BBC", EntityLabel.GROUP).analysis()).get(0);
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("the road is ours.", q.text());
        assertEquals("One commander", q.speaker().name());
        assertTrue(q.speaker().unnamed());
        assertEquals("BBC", q.addressee().name());
    }

    @Test
    void aReportedClauseHoldingQuotedWordsIsPartlyDirect() {
        String text = "Lena Park said the plan was \"a disaster for farmers\" and should be dropped.";
        Quote q = finder.find(text, new Entities(text).add("Lena Park", EntityLabel.PERSON).analysis()).get(0);
        assertEquals(QuoteKind.PARTLY_DIRECT, q.kind());
        assertEquals("the plan was \"a disaster for farmers\" and should be dropped", q.text());
    }

    @Test
    void accordingToAndSaying() {
        String text = "According to the Red Cross, 300 families have left.\n\n"
                + "Rescuers pulled back overnight, saying the dam could fail.";
        List<Quote> quotes = finder.find(text, new Entities(text).add("Red Cross", EntityLabel.GROUP).analysis());
        Quote a = only(quotes, "300 families have left");
        assertEquals("According to", a.cue());
        assertEquals("Red Cross", a.speaker().name());
        Quote b = only(quotes, "the dam could fail");
        assertEquals("Rescuers", b.speaker().name());
        assertEquals("saying", b.cue());
    }

    @Test
    void aQuotationRunsOverParagraphsWhenTheNextOneOpensWithAMark() {
        String text = "Jo Brand said: \"The first part.\n\n\"The second part,\" she added.";
        List<Quote> quotes = finder.find(text, new Entities(text).add("Jo Brand", EntityLabel.PERSON).analysis());
        assertEquals(1, quotes.size());
        assertEquals("The first part.\n\n\"The second part,", quotes.get(0).text());
        assertEquals("Jo Brand", quotes.get(0).speaker().name());
    }

    @Test
    void titlesAndScareQuotesAreNotQuotations() {
        String text = "Her novel \"Salt Roads\" sold well, and critics praised its \"quiet\" tone.";
        assertTrue(finder.find(text, new Entities(text).analysis()).isEmpty());
    }

    @Test
    void aParentheticalAttributionMakesTheWholeSentenceTheStatement() {
        String text = "President Mara Voss spoke first. The treaty, she said, was finished.";
        Quote q = finder.find(text, new Entities(text).add("Mara Voss", EntityLabel.PERSON).analysis()).get(0);
        assertEquals("The treaty, she said, was finished", q.text());
        assertEquals("Mara Voss", q.speaker().name());
        assertNull(q.addressee());
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        String text = "“The city’s water is safe,” the mayor’s office said.";
        Quote q = finder.find(text, new Entities(text).analysis()).get(0);
        assertEquals("The city’s water is safe,", q.text());
    }

    @Test
    void aFrontedPhraseBeforeTheSpeakerLeavesTheClauseAfterTheCue() {
        String text = "Although the bridge opened late, local traders have already said they expect more custom.\n\n"
                + "Noting that the toll was \"far too high for families\", Ana Ruiz said she would ask the council to cut it.";
        List<Quote> quotes = finder.find(text, new Entities(text).add("Ana Ruiz", EntityLabel.PERSON).analysis());
        Quote traders = only(quotes, "they expect more custom");
        assertEquals("local traders", traders.speaker().name());
        assertTrue(traders.speaker().unnamed());
        assertEquals("Ana Ruiz", only(quotes, "she would ask the council to cut it").speaker().name());
        assertEquals(2, quotes.size(), "the toll quotation, before the cue and outside the statement, is not a quote of its own");
    }

    @Test
    void aTitleInTheSpeakersRelativeClauseIsNoQuote() {
        String text = "Ana Ruiz, whose book \"Bridges of the North\" sold well, said the valley needed a railway.";
        List<Quote> quotes = finder.find(text, new Entities(text).add("Ana Ruiz", EntityLabel.PERSON).analysis());
        assertEquals(List.of("the valley needed a railway"), quotes.stream().map(Quote::text).toList());
    }

    @Test
    void aRelativeWhoToldAndACoordinatedSaidLaterThatHaveTheirSpeakers() {
        String text = "The clerk was questioned by two inspectors who told his family he would be released soon.\n\n"
                + "Ana Ruiz lost the vote on Monday and said later that the council had been misled.\n\n"
                + "The Harbour Board met on Friday and for the first time said in a statement it would sell the pier.";
        List<Quote> quotes = finder.find(text, new Entities(text).add("Ana Ruiz", EntityLabel.PERSON)
                .add("Harbour Board", EntityLabel.GROUP).add("Monday", EntityLabel.DATE).add("Friday", EntityLabel.DATE).analysis());
        Quote inspectors = only(quotes, "he would be released soon");
        assertEquals("two inspectors", inspectors.speaker().name());
        assertEquals("his family", inspectors.addressee().name());
        assertEquals("Ana Ruiz", only(quotes, "the council had been misled").speaker().name());
        Quote board = only(quotes, "it would sell the pier");
        assertEquals("Harbour Board", board.speaker().name());
        assertEquals("said", board.cue());
    }

    @Test
    void aVerbOfAnotherSenseAfterACommaNeedsAQuotation() {
        String text = "The firm, which trades in Spain, Italy and Greece, reported a loss of 3 million euros.";
        assertEquals(List.of(), finder.find(text, new Entities(text).analysis()));
    }

    @Test
    void aNewspaperQuotingSomeoneAsSayingGivesTheQuotedPersonTheStatement() {
        String text = "The Valley Post quoted Ana Ruiz as saying she had never seen the river so high.\n\n"
                + "Tom Okafor was quoted as telling the paper he thought the dam was \"perfectly safe\".";
        List<Quote> quotes = finder.find(text, new Entities(text).add("Valley Post", EntityLabel.GROUP)
                .add("Ana Ruiz", EntityLabel.PERSON).add("Tom Okafor", EntityLabel.PERSON).analysis());
        Quote ruiz = only(quotes, "she had never seen the river so high");
        assertEquals("Ana Ruiz", ruiz.speaker().name());
        assertEquals("saying", ruiz.cue());
        Quote okafor = only(quotes, "he thought the dam was \"perfectly safe\"");
        assertEquals("Tom Okafor", okafor.speaker().name());
        assertEquals(QuoteKind.PARTLY_DIRECT, okafor.kind());
        assertEquals("the paper", okafor.addressee().name());
        assertEquals(2, quotes.size());
    }
}

package org.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NameRulesTest {
    private static Lexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = Lexicon.fromCoreNlpModels();
    }

    private static List<String> found(String spec) {
        return found(spec, NameRules.DEFAULT);
    }

    /** With the default steps plus one that is off by default. */
    private static List<String> foundWith(NameRules.Step extra, String spec) {
        Set<NameRules.Step> steps = EnumSet.copyOf(NameRules.DEFAULT);
        steps.add(extra);
        return found(spec, steps);
    }

    private static List<String> found(String spec, Set<NameRules.Step> steps) {
        Tokens.Built b = Tokens.of(spec);
        List<String> out = new ArrayList<>();
        for (Span s : new NameRules(lexicon, steps).find(b.tokens)) {
            out.add(b.covered(s) + "=" + s.label());
        }
        return out;
    }

    @Test
    void modelTagsMapOntoTheFiveCategories() {
        assertEquals(List.of("Mira Kolbeck=PERSON", "Dranmoor=PLACE", "Velstrom Bank=GROUP"),
                found("Mira/P Kolbeck/P left Dranmoor/L for Velstrom/G Bank/G ."));
    }

    @Test
    void nationalitiesAndReligionsAreGroupsOtherMiscIsDropped() {
        assertEquals(List.of("Norwegian=GROUP", "Catholic=GROUP"),
                found("The Norwegian/M and Catholic/M fans watched the Zantor/M Cup/M final ."));
    }

    @Test
    void aNameRecognisedOnceIsRecognisedEverywhereIncludingPossessivesAndPrefixes() {
        assertEquals(List.of("Dranmoor=PLACE", "Dranmoor=PLACE", "Dranmoor=PLACE"),
                found("Dranmoor/L is calm . | Dranmoor ~’s mayor , a Dranmoor ~- ~based lawyer , spoke ."));
    }

    @Test
    void aSurnameAloneJoinsThePersonItBelongsTo() {
        assertEquals(List.of("Mira Kolbeck=PERSON", "Kolbeck=PERSON"),
                found("Mira/P Kolbeck/P arrived . | Later Kolbeck said no ."));
    }

    @Test
    void aSurnameAloneIsThePersonEvenWhereAModelCalledItAPlace() {
        assertEquals(List.of("Ada Orvane=PERSON", "Orvane=PERSON"),
                found("Ada/P Orvane/P served . | Orvane/L won ."));
    }

    @Test
    void regnalNumbersAndAMidSentenceTheBelongToTheName() {
        assertEquals(List.of("Ottokar II=PERSON", "The Hollins=PLACE"),
                found("King Ottokar/P II ruled from The Hollins/L ."));
    }

    @Test
    void aPersonForTheCoNllModelButAnOrganisationForBothOthersIsAGroup() {
        assertEquals(List.of("Harrow Kessling=GROUP", "Ada Orvane=PERSON"),
                found("Harrow/P/G/G Kessling/P/G/G hired Ada/P/P/G Orvane/P/P/G ."));
    }

    @Test
    void anUnrecognisedNameIntroducedAsAPlaceIsAPlace() {
        assertEquals(List.of("Tarsk=PLACE", "Velm=PLACE"),
                found("Rebels took Tarsk , the capital of the north . | They left the town of Velm ."));
    }

    @Test
    void aSentenceFinalAbbreviationLendsItsDotToTheSentence() {
        Tokens.Built b = Tokens.of("He joined Velstrom/G Co./G | Then he left .");
        List<Span> spans = new NameRules(lexicon).find(b.tokens);
        assertEquals(true, NameRules.endsSentenceWithDot(b.tokens, spans.get(0)));
    }

    @Test
    void leadingMonthsAndNumbersAreNotPartOfAName() {
        assertEquals(List.of("Velstrom Trust=GROUP"), found("In August/G Velstrom/G Trust/G grew ."));
    }

    @Test
    void allCapsHeadlinesBorrowLabelsFromTheBody() {
        assertEquals(List.of("DRANMOOR=PLACE", "Dranmoor=PLACE"),
                found("DRANMOOR WINS AGAIN | Dranmoor/L won the title ."));
    }

    @Test
    void hyphenatedNamePartsStayOneName() {
        assertEquals(List.of("Qiri-e-Tal=PLACE"), found("They reached Qiri/L ~- ~e-Tal on foot ."));
    }

    @Test
    void aNameInsideALongerCapitalisedNameIsNotPropagated() {
        assertEquals(List.of("Dranmoor=PLACE", "Dranmoor Herald=GROUP"),
                found("Dranmoor/L is calm , the Dranmoor/G Herald/G says ."));
    }

    @Test
    void aGroupStartingWithAGivenNameThatAnotherModelReadsAsAPersonIsAPerson() {
        assertEquals(List.of("Harold Venkatesh=PERSON", "Dranmoor Velstrom=GROUP"),
                found("Harold/G/P/L Venkatesh/G/L/L met Dranmoor/G/P Velstrom/G/P ."));
    }

    @Test
    void aGivenNameAloneIsNoPersonCueWithoutAModelThatSaysPerson() {
        assertEquals(List.of("Harold Venkatesh=GROUP"),
                found("Harold/G/G/L Venkatesh/G/G/L signed ."));
    }

    @Test
    void aCoNllPersonWithoutAGivenNameThatTheWiderModelCallsAnOrganisationIsAGroup() {
        assertEquals(List.of("Zor Kavrath=GROUP", "Harold Kavrath=PERSON"),
                found("Zor/P/G/P Kavrath/P/G/P attacked . | Harold/P/G/P Kavrath/P/G/P replied ."));
    }

    @Test
    void twoLetterEntriesOfTheNameTableAreNotGivenNames() {
        assertEquals(false, lexicon.isGivenName("Al"));
        assertEquals(true, lexicon.isGivenName("Harold"));
    }

    @Test
    void aPersonNamedWithAnOrganisationWordIsAGroupWhenThatStepIsOn() {
        Tokens.Built b = Tokens.of("Kessling/P Bank/P grew .");
        Set<NameRules.Step> steps = EnumSet.copyOf(NameRules.DEFAULT);
        steps.add(NameRules.Step.ORG_WORDS);
        List<Span> spans = new NameRules(lexicon, steps).find(b.tokens);
        assertEquals(EntityLabel.GROUP, spans.get(0).label());
    }

    @Test
    void aGroupNamedLikeACountryOrACountryAbbreviationIsAPlace() {
        assertEquals(List.of("URUGUAY=PLACE", "VELSTROM=GROUP", "UK=PLACE"),
                found("URUGUAY/G HOLD VELSTROM/G | Envoys from the UK/G met ."));
    }

    @Test
    void aGroupEndingInAStreetWordIsAPlace() {
        assertEquals(List.of("Kessling Square=PLACE", "Kessling Trust=GROUP"),
                found("Crowds filled Kessling/G Square/G near the Kessling/G Trust/G ."));
    }

    @Test
    void aPersonNamedLikeACountryIsAPlaceOnlyWhenBothOtherModelsSayLocation() {
        assertEquals(List.of("Uruguay=PLACE"), found("Rain fell on Uruguay/P/L/L ."));
        assertEquals(List.of("Uruguay=PERSON"), found("Rain fell on Uruguay/P/L/P ."));
    }

    @Test
    void unionAddsANameOnlyTheWiderModelFindsWhenThatStepIsOn() {
        String spec = "Rebels crossed Velmora/O/L at dawn .";
        assertEquals(List.of(), found(spec));
        assertEquals(List.of("Velmora=PLACE"), foundWith(NameRules.Step.UNION, spec));
    }

    @Test
    void unionNeverOverridesTheCoNllModel() {
        assertEquals(List.of("Velmora=GROUP"), foundWith(NameRules.Step.UNION, "Rebels joined Velmora/G/L ."));
    }

    @Test
    void voteGivesEveryOccurrenceTheMajorityLabelWhenThatStepIsOn() {
        String spec = "Dranmoor/L won . | Dranmoor/L lost . | Dranmoor/G drew .";
        assertEquals(List.of("Dranmoor=PLACE", "Dranmoor=PLACE", "Dranmoor=GROUP"), found(spec));
        assertEquals(List.of("Dranmoor=PLACE", "Dranmoor=PLACE", "Dranmoor=PLACE"), foundWith(NameRules.Step.VOTE, spec));
    }

    @Test
    void coordinationSplitsTwoNamesJoinedByAndWhenThatStepIsOn() {
        String spec = "Fans of Velm/G and/G Tarsk/G Rovers/G cheered .";
        assertEquals(List.of("Velm and Tarsk Rovers=GROUP"), found(spec));
        assertEquals(List.of("Velm=GROUP", "Tarsk Rovers=GROUP"), foundWith(NameRules.Step.COORDINATION, spec));
    }

    @Test
    void splitKnownCutsASpanMadeOfTwoNamesTheDocumentUsesAloneWhenThatStepIsOn() {
        String spec = "Velmora/G Kestrel/G rose . | Velmora/L grew . | Kestrel/G fell .";
        assertEquals(List.of("Velmora Kestrel=GROUP", "Velmora=PLACE", "Kestrel=GROUP"), found(spec));
        assertEquals(List.of("Velmora=PLACE", "Kestrel=GROUP", "Velmora=PLACE", "Kestrel=GROUP"),
                foundWith(NameRules.Step.SPLIT_KNOWN, spec));
    }

    @Test
    void orgWordsLeaveAPersonWithoutOrganisationWordsAlone() {
        String spec = "Ada/P Orvane/P and the Ministry/P of/P Velm/P met .";
        assertEquals(List.of("Ada Orvane=PERSON", "Ministry of Velm=GROUP"), foundWith(NameRules.Step.ORG_WORDS, spec));
    }
}

package org.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityGrouperTest {
    private static Lexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = Lexicon.fromCoreNlpModels();
    }

    private static EntityAnalysis group(Object... textAndLabel) {
        List<EntityGrouper.Found> found = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < textAndLabel.length; i += 2) {
            String text = (String) textAndLabel[i];
            found.add(new EntityGrouper.Found(at, at + text.length(), text, (EntityLabel) textAndLabel[i + 1], null));
            at += text.length() + 10;
        }
        return new EntityGrouper(lexicon).group(found);
    }

    private static Entity only(EntityAnalysis a) {
        assertEquals(1, a.entities().size(), a.entities().toString());
        return a.entities().get(0);
    }

    @Test
    void countryAbbreviationsAndShortFormsJoinTheFullName() {
        Entity e = only(group("US", EntityLabel.PLACE, "United States", EntityLabel.PLACE,
                "America", EntityLabel.PLACE, "U.S.", EntityLabel.PLACE, "America’s", EntityLabel.PLACE));
        assertEquals("United States", e.name());
        assertEquals("place:united-states", e.id());
        assertEquals(List.of("US", "America", "U.S."), e.aliases());
        assertEquals(5, e.mentions());
    }

    @Test
    void aPeoplesAdjectiveAndPluralAreOneGroup() {
        Entity e = only(group("Norwegian", EntityLabel.GROUP, "Norwegians", EntityLabel.GROUP));
        assertEquals("Norwegians", e.name());
        assertEquals(List.of("Norwegian"), e.aliases());
    }

    @Test
    void aPartialPersonNameJoinsTheLongestFullName() {
        EntityAnalysis a = group("Kolbeck", EntityLabel.PERSON, "Mira Kolbeck", EntityLabel.PERSON,
                "Mira Anneli Kolbeck", EntityLabel.PERSON, "Kolbeck’s", EntityLabel.PERSON);
        Entity e = only(a);
        assertEquals("Mira Anneli Kolbeck", e.name());
        assertEquals("person:mira-anneli-kolbeck", e.id());
        for (Mention m : a.mentions()) {
            assertEquals(e.id(), m.entity());
        }
    }

    @Test
    void caseAndPossessivesAreNormalisedButLabelsStaySeparate() {
        EntityAnalysis a = group("Dranmoor", EntityLabel.PLACE, "DRANMOOR", EntityLabel.PLACE,
                "Dranmoor’s", EntityLabel.PLACE, "Dranmoor", EntityLabel.GROUP);
        assertEquals(2, a.entities().size());
        assertEquals(3, a.entities().stream().filter(e -> e.label() == EntityLabel.PLACE).findFirst().orElseThrow().mentions());
    }

    @Test
    void differentPeopleSharingAFirstNameStayApart() {
        EntityAnalysis a = group("Mira Kolbeck", EntityLabel.PERSON, "Mira Sand", EntityLabel.PERSON);
        assertEquals(2, a.entities().size());
    }
}

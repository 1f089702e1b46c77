package org.newslens.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;

/** Corrections over an invented recogniser result for a text written for the test. */
class EntityCorrectorTest {
    static final String TEXT = "Anna Berg met Berg Holdings in Ostrava. Berg said Ostrava Steel was hiring. "
            + "Later Anna Berg left Ostrava for Brno.";
    private final EntityCorrector corrector = new EntityCorrector();

    private static int nth(String s, int n) {
        int i = -1;
        for (int k = 0; k <= n; k++) {
            i = TEXT.indexOf(s, i + 1);
        }
        return i;
    }

    private static Mention m(String s, int n, EntityLabel label, String entity) {
        int i = nth(s, n);
        return new Mention(i, i + s.length(), s, label, entity, null);
    }

    /** What an imperfect recogniser might say: "Berg Holdings" missed, "Ostrava Steel" taken as a place, Brno missed. */
    static EntityAnalysis recognised() {
        List<Mention> mentions = new ArrayList<>(List.of(
                m("Anna Berg", 0, EntityLabel.PERSON, "p1"),
                m("Berg", 1, EntityLabel.PERSON, "p1"),
                m("Ostrava", 0, EntityLabel.PLACE, "l1"),
                m("Berg", 2, EntityLabel.PERSON, "p1"),
                m("Ostrava", 1, EntityLabel.PLACE, "l1"),
                m("Anna Berg", 1, EntityLabel.PERSON, "p1"),
                m("Ostrava", 2, EntityLabel.PLACE, "l1")));
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new EntityAnalysis(mentions, List.of(
                new Entity("p1", "Anna Berg", EntityLabel.PERSON, List.of("Berg"), 4),
                new Entity("l1", "Ostrava", EntityLabel.PLACE, List.of(), 3)));
    }

    private static Entity entity(EntityAnalysis a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + a.entities()));
    }

    private static List<String> labelsOf(EntityAnalysis a, String text) {
        return a.mentions().stream().filter(x -> x.text().equals(text)).map(x -> x.label().name()).toList();
    }

    @Test
    void noCorrectionsChangeNothingButTheCounts() {
        EntityAnalysis out = corrector.apply(recognised(), TEXT, List.of());
        assertEquals(recognised().mentions(), out.mentions());
        assertEquals(4, entity(out, "Anna Berg").mentions());
    }

    @Test
    void markingASpanAddsAMentionAndEntity() {
        int i = TEXT.indexOf("Berg Holdings");
        EntityAnalysis out = corrector.apply(recognised(), TEXT,
                List.of(EntityCorrection.mark(i, i + 13, "Berg Holdings", EntityLabel.GROUP, EntityCorrection.Scope.THIS)));
        Entity group = entity(out, "Berg Holdings");
        assertEquals(EntityLabel.GROUP, group.label());
        assertEquals(1, group.mentions());
        assertEquals(3, entity(out, "Anna Berg").mentions(), "the overlapping 'Berg' mention is replaced");
    }

    @Test
    void markingEveryOccurrenceFindsWholeWordsOnly() {
        int i = TEXT.indexOf("Brno");
        EntityAnalysis out = corrector.apply(recognised(), TEXT,
                List.of(EntityCorrection.mark(i, i + 4, "Brno", EntityLabel.PLACE, EntityCorrection.Scope.ALL)));
        assertEquals(1, entity(out, "Brno").mentions());
        assertEquals(EntityLabel.PLACE, entity(out, "Brno").label());
    }

    @Test
    void changingTheCategoryOfEveryIdenticalMentionMovesThemToAnotherEntity() {
        int i = nth("Ostrava", 1);
        EntityAnalysis out = corrector.apply(recognised(), TEXT, List.of(
                EntityCorrection.mark(i, i + 13, "Ostrava Steel", EntityLabel.GROUP, EntityCorrection.Scope.THIS),
                EntityCorrection.mark(nth("Ostrava", 0), nth("Ostrava", 0) + 7, "Ostrava", EntityLabel.GROUP, EntityCorrection.Scope.THIS)));
        assertEquals(EntityLabel.GROUP, entity(out, "Ostrava Steel").label());
        assertEquals(List.of("GROUP", "PLACE"), labelsOf(out, "Ostrava"));
        assertEquals(1, entity(out, "Ostrava").mentions());
    }

    @Test
    void removingAFalseMentionHereOrEverywhere() {
        int i = nth("Ostrava", 2);
        EntityAnalysis one = corrector.apply(recognised(), TEXT,
                List.of(EntityCorrection.remove(i, i + 7, "Ostrava", EntityCorrection.Scope.THIS)));
        assertEquals(2, entity(one, "Ostrava").mentions());
        EntityAnalysis all = corrector.apply(recognised(), TEXT,
                List.of(EntityCorrection.remove(i, i + 7, "Ostrava", EntityCorrection.Scope.ALL)));
        assertTrue(all.entities().stream().noneMatch(e -> e.name().equals("Ostrava")));
        assertTrue(labelsOf(all, "Ostrava").isEmpty());
    }

    @Test
    void splittingAnAliasOffMakesItsOwnEntity() {
        int i = nth("Berg", 2);
        EntityAnalysis out = corrector.apply(recognised(), TEXT,
                List.of(EntityCorrection.split(i, i + 4, "Berg", EntityCorrection.Scope.ALL)));
        assertEquals(2, entity(out, "Berg").mentions());
        assertEquals(2, entity(out, "Anna Berg").mentions());
        assertEquals(List.of(), entity(out, "Anna Berg").aliases(), "aliases recomputed");
    }

    @Test
    void mergingTwoEntitiesJoinsTheirMentions() {
        int i = nth("Berg", 2);
        List<EntityCorrection> corrections = List.of(
                EntityCorrection.split(i, i + 4, "Berg", EntityCorrection.Scope.ALL),
                EntityCorrection.merge("Berg", "Anna Berg"));
        EntityAnalysis out = corrector.apply(recognised(), TEXT, corrections);
        assertEquals(4, entity(out, "Anna Berg").mentions());
        assertEquals(List.of("Berg"), entity(out, "Anna Berg").aliases());
    }

    @Test
    void assigningOneMentionToAnotherEntity() {
        int i = nth("Berg", 1);
        EntityAnalysis out = corrector.apply(recognised(), TEXT,
                List.of(EntityCorrection.assign(i, i + 4, "Berg", "Berg family", EntityCorrection.Scope.THIS)));
        assertEquals(1, entity(out, "Berg family").mentions());
        assertEquals(3, entity(out, "Anna Berg").mentions());
    }

    @Test
    void correctionsSurviveANewRecognitionRunWithOtherIds() {
        int i = nth("Ostrava", 2);
        List<EntityCorrection> corrections = List.of(EntityCorrection.remove(i, i + 7, "Ostrava", EntityCorrection.Scope.THIS));
        EntityAnalysis rerun = new EntityAnalysis(
                recognised().mentions().stream().map(x -> new Mention(x.start(), x.end(), x.text(), x.label(), "run2-" + x.entity(), null)).toList(),
                recognised().entities().stream().map(e -> new Entity("run2-" + e.id(), e.name(), e.label(), e.aliases(), e.mentions())).toList());
        EntityAnalysis out = corrector.apply(rerun, TEXT, corrections);
        assertEquals(2, entity(out, "Ostrava").mentions());
        assertEquals("run2-l1", entity(out, "Ostrava").id());
    }

    @Test
    void aCorrectionWhoseWordsAreGoneIsStaleAndSkipped() {
        String edited = TEXT.replace("Anna Berg met", "Someone met");
        EntityCorrection c = EntityCorrection.mark(0, 9, "Anna Berg", EntityLabel.GROUP, EntityCorrection.Scope.THIS);
        assertEquals(List.of(c), corrector.stale(edited, List.of(c)));
        assertTrue(corrector.stale(TEXT, List.of(c)).isEmpty());
    }
}

package org.newslens.ui.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.EntityCorrection;
import org.newslens.annotation.WebAnnotationCodec;
import org.newslens.app.Json;
import org.newslens.app.command.CommandHistory;
import org.newslens.article.Article;
import org.newslens.article.TextRange;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.state.AppEvent;
import org.newslens.ui.state.AppState;
import org.newslens.ui.task.SameThreadTaskExecutor;

/** Entity corrections from the reader: each one undoable step, shown through the corrected analysis. */
class CorrectionsViewModelTest {
    static final String RAW = """
            Osterby lost its ferry. Ines Rask ran it for years.

            Rask said Osterby would fight. Kallmark has the bridge; Rask drives there now.
            """;

    @TempDir
    Path dir;

    private ReaderViewModel reader;
    private AnnotationsViewModel annotations;
    private CorrectionsViewModel corrections;
    private Article article;
    private EntityAnalysis recognised;
    private int correctionEvents;

    @BeforeEach
    void setUp() throws Exception {
        AnnotationStorage storage = new AnnotationStorage(dir.resolve("annotations"), new WebAnnotationCodec(Json.mapper()), Clock.systemUTC());
        reader = new ReaderViewModel();
        AppState state = new AppState(reader);
        state.on(AppEvent.CorrectionsChanged.class, e -> correctionEvents++);
        annotations = new AnnotationsViewModel(storage, state, new CommandHistory(), new SameThreadTaskExecutor(), Clock.systemUTC());
        corrections = new CorrectionsViewModel(annotations, reader);
        article = AnnotationsViewModelTest.article(dir.resolve("ferry.txt"), RAW);
        reader.show(article);
        recognised = recognise(article.text());
        corrections.setAnalysisSource(() -> annotations.corrected(recognised));
    }

    /** What a recogniser might have said: Osterby a PLACE, Ines Rask / Rask a PERSON, Kallmark (wrongly) a PERSON. */
    private static EntityAnalysis recognise(String text) {
        List<Mention> mentions = new ArrayList<>();
        addAll(mentions, text, "Osterby", EntityLabel.PLACE, "place-osterby");
        addAll(mentions, text, "Ines Rask", EntityLabel.PERSON, "person-rask");
        int from = 0;
        for (int i = text.indexOf("Rask", from); i >= 0; i = text.indexOf("Rask", i + 1)) {
            int s = i;
            if (mentions.stream().noneMatch(m -> m.overlaps(s, s + 4))) {
                mentions.add(new Mention(i, i + 4, "Rask", EntityLabel.PERSON, "person-rask", null));
            }
        }
        addAll(mentions, text, "Kallmark", EntityLabel.PERSON, "person-kallmark");
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        long rask = mentions.stream().filter(m -> m.entity().equals("person-rask")).count();
        return new EntityAnalysis(mentions, List.of(
                new Entity("place-osterby", "Osterby", EntityLabel.PLACE, List.of(), 2),
                new Entity("person-rask", "Ines Rask", EntityLabel.PERSON, List.of("Rask"), (int) rask),
                new Entity("person-kallmark", "Kallmark", EntityLabel.PERSON, List.of(), 1)));
    }

    private static void addAll(List<Mention> out, String text, String phrase, EntityLabel label, String entity) {
        for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
            out.add(new Mention(i, i + phrase.length(), phrase, label, entity, null));
        }
    }

    private TextRange at(String phrase, int nth) {
        int i = -1;
        for (int n = 0; n <= nth; n++) {
            i = article.text().indexOf(phrase, i + 1);
        }
        return new TextRange(i, i + phrase.length());
    }

    private EntityAnalysis shown() {
        return annotations.corrected(recognised);
    }

    private EntityLabel labelAt(TextRange r) {
        return shown().mentions().stream().filter(m -> m.start() == r.start() && m.end() == r.end())
                .map(Mention::label).findFirst().orElse(null);
    }

    @Test
    void theTargetIsTheMentionUnderTheClickOrTheSelectedText() {
        TextRange kallmark = at("Kallmark", 0);
        CorrectionTarget onMention = corrections.targetFor(new TextRange(kallmark.start() + 2, kallmark.start() + 2)).orElseThrow();
        assertTrue(onMention.isMention());
        assertEquals("Kallmark", onMention.text());
        assertEquals("person-kallmark", onMention.entity().id());

        TextRange plain = at("the bridge", 0);
        CorrectionTarget selected = corrections.targetFor(plain).orElseThrow();
        assertFalse(selected.isMention());
        assertEquals("the bridge", selected.text());

        assertTrue(corrections.targetFor(new TextRange(plain.start(), plain.start())).isEmpty());
    }

    @Test
    void changingACategoryForThisMentionOnlyAndUndoingIt() {
        TextRange kallmark = at("Kallmark", 0);
        CorrectionTarget t = corrections.targetFor(kallmark).orElseThrow();
        int before = correctionEvents;

        assertTrue(corrections.markAs(t, EntityLabel.PLACE, EntityCorrection.Scope.THIS));
        assertEquals(EntityLabel.PLACE, labelAt(kallmark));
        assertTrue(correctionEvents > before, "the entities pane and search are told");
        assertEquals(1, annotations.store().orElseThrow().corrections().size());

        annotations.undo();
        assertEquals(EntityLabel.PERSON, labelAt(kallmark));
        annotations.redo();
        assertEquals(EntityLabel.PLACE, labelAt(kallmark));
    }

    @Test
    void markingEveryIdenticalMentionIsOneStep() {
        TextRange word = at("bridge", 0);
        CorrectionTarget t = corrections.targetFor(word).orElseThrow();
        assertTrue(corrections.markAs(t, EntityLabel.PLACE, EntityCorrection.Scope.ALL));
        assertEquals(EntityLabel.PLACE, labelAt(word));
        // the category in words as the menus say it ("Person", "Place"), not the export name in capitals
        assertEquals("Mark “bridge” as Place (every mention)", annotations.messageProperty().get());
        assertEquals("Undo Mark “bridge” as Place (every mention)", annotations.history().undoTextProperty().get());

        TextRange osterby = at("Osterby", 1);
        CorrectionTarget o = corrections.targetFor(osterby).orElseThrow();
        assertEquals(2, o.occurrences());
        assertTrue(corrections.remove(o, EntityCorrection.Scope.ALL));
        assertTrue(shown().mentions().stream().noneMatch(m -> m.text().equals("Osterby")));

        annotations.undo();
        assertEquals(2, shown().mentions().stream().filter(m -> m.text().equals("Osterby")).count());
        assertEquals(EntityLabel.PLACE, labelAt(word));
    }

    @Test
    void splittingAnAliasOffAndMergingEntities() {
        TextRange rask = at("Rask", 2);
        CorrectionTarget t = corrections.targetFor(rask).orElseThrow();
        assertEquals("Rask", t.text());
        assertTrue(corrections.split(t, EntityCorrection.Scope.THIS));
        String splitOff = shown().mentions().stream().filter(m -> m.start() == rask.start()).findFirst().orElseThrow().entity();
        String firstRask = shown().mentions().stream().filter(m -> m.text().equals("Ines Rask")).findFirst().orElseThrow().entity();
        assertFalse(splitOff.equals(firstRask));

        CorrectionTarget kallmark = corrections.targetFor(at("Kallmark", 0)).orElseThrow();
        Entity osterby = corrections.mergeChoices(kallmark).stream().filter(e -> e.name().equals("Osterby")).findFirst().orElseThrow();
        assertTrue(corrections.mergeEntity(kallmark, osterby));
        Mention merged = shown().mentions().stream().filter(m -> m.text().equals("Kallmark")).findFirst().orElseThrow();
        Mention o = shown().mentions().stream().filter(m -> m.text().equals("Osterby")).findFirst().orElseThrow();
        assertEquals(o.entity(), merged.entity());
        assertEquals(EntityLabel.PLACE, merged.label());

        annotations.undo();
        annotations.undo();
        assertEquals(EntityAnalysisCounts.of(recognised), EntityAnalysisCounts.of(shown()));
    }

    @Test
    void assigningEveryIdenticalMentionToAnotherEntity() {
        CorrectionTarget kallmark = corrections.targetFor(at("Kallmark", 0)).orElseThrow();
        Entity rask = corrections.mergeChoices(kallmark).stream().filter(e -> e.name().equals("Ines Rask")).findFirst().orElseThrow();
        assertTrue(corrections.assign(kallmark, rask, EntityCorrection.Scope.ALL));
        Mention k = shown().mentions().stream().filter(m -> m.text().equals("Kallmark")).findFirst().orElseThrow();
        assertEquals("person-rask", k.entity());
    }

    /** Entities by name with their mention counts, to compare analyses. */
    record EntityAnalysisCounts(List<String> entries) {
        static EntityAnalysisCounts of(EntityAnalysis a) {
            return new EntityAnalysisCounts(a.entities().stream().map(e -> e.name() + "/" + e.label() + "/" + e.mentions()).sorted().toList());
        }
    }
}

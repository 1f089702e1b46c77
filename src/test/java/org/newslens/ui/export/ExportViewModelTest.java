package org.newslens.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.HighlightColour;
import org.newslens.annotation.WebAnnotationCodec;
import org.newslens.app.Json;
import org.newslens.app.command.CommandHistory;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.article.TextRange;
import org.newslens.export.ExportFormat;
import org.newslens.export.Exporters;
import org.newslens.export.IndexQueryHits;
import org.newslens.export.PassageFinder;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;
import org.newslens.ui.annotations.AnnotationsViewModel;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.task.SameThreadTaskExecutor;

/** File ▸ Export… without the FX thread: real store, real exporters, files written to a temporary folder. */
class ExportViewModelTest {
    static final String RAW = """
            The orchard at Hallin lost half its pear trees to frost in April.

            Growers met in Brenna on Friday. Tove Aalund, who runs the orchard, asked for help with new stock.

            Nobody at the meeting promised money, but Aalund said the orchard would replant anyway.
            """;

    @TempDir
    Path dir;

    private ReaderViewModel reader;
    private AnnotationsViewModel annotations;
    private ExportViewModel vm;
    private Article article;

    @BeforeEach
    void setUp() throws Exception {
        AnnotationStorage storage = new AnnotationStorage(dir.resolve("annotations"), new WebAnnotationCodec(Json.mapper()), Clock.systemUTC());
        reader = new ReaderViewModel();
        annotations = new AnnotationsViewModel(storage, reader, new CommandHistory(), new SameThreadTaskExecutor(), Clock.systemUTC());
        vm = new ExportViewModel(annotations, new Exporters(new WebAnnotationCodec(Json.mapper())),
                new PassageFinder(new IndexQueryHits()), new SameThreadTaskExecutor(), Clock.systemUTC());
        article = new ArticleLoader().fromPlainText(dir.resolve("orchard.txt"), RAW);
        reader.show(article);
    }

    private TextRange rangeOf(String phrase) {
        int i = article.text().indexOf(phrase);
        return new TextRange(i, i + phrase.length());
    }

    private void annotate(String phrase, HighlightColour colour, String note, String tags) {
        TextRange r = rangeOf(phrase);
        annotations.saveDraft(annotations.draftFor(r).orElseThrow(), r, note, tags, colour);
    }

    private EntityAnalysis entities() {
        String text = article.text();
        int tove = text.indexOf("Tove Aalund");
        int aalund = text.lastIndexOf("Aalund");
        int brenna = text.indexOf("Brenna");
        return new EntityAnalysis(List.of(
                new Mention(brenna, brenna + 6, "Brenna", EntityLabel.PLACE, "place-brenna", null),
                new Mention(tove, tove + 11, "Tove Aalund", EntityLabel.PERSON, "person-aalund", null),
                new Mention(aalund, aalund + 6, "Aalund", EntityLabel.PERSON, "person-aalund", null)),
                List.of(new Entity("place-brenna", "Brenna", EntityLabel.PLACE, List.of(), 1),
                        new Entity("person-aalund", "Tove Aalund", EntityLabel.PERSON, List.of("Aalund"), 2)));
    }

    @Test
    void allHighlightsToMarkdownHoldThePassageAndItsNote() throws Exception {
        annotate("lost half its pear trees to frost", HighlightColour.PINK, "worst in a decade?", "frost");
        Path out = dir.resolve("out/orchard.md");

        vm.prepare();
        assertNull(vm.problemProperty().get());
        vm.export(out);

        ExportOutcome outcome = vm.outcomeProperty().get();
        assertTrue(outcome.succeeded(), outcome.error());
        assertEquals("1 passage", outcome.summary());
        String md = Files.readString(out);
        assertTrue(md.contains("lost half its pear trees to frost"), md);
        assertTrue(md.contains("worst in a decade?"), md);
        assertTrue(outcome.warnings().stream().anyMatch(w -> w.contains("entities were not known")), outcome.warnings().toString());
    }

    @Test
    void whatWasWrittenIsForgottenWhenTheChoiceChangesOrTheDialogOpensAgain() throws Exception {
        annotate("pear trees", HighlightColour.YELLOW, "", "fruit");
        vm.prepare();
        vm.export(dir.resolve("one.md"));
        assertTrue(vm.outcomeProperty().get().succeeded());

        vm.choiceProperty().set(ExportChoice.TAG);
        assertNull(vm.outcomeProperty().get(), "a new choice shows no old \"Wrote …\" line");

        vm.export(dir.resolve("two.md"));
        assertTrue(vm.outcomeProperty().get().succeeded());
        vm.formatProperty().set(ExportFormat.CSV);
        assertNull(vm.outcomeProperty().get(), "nor does another format");

        vm.export(dir.resolve("three.csv"));
        vm.prepare();
        assertNull(vm.outcomeProperty().get(), "nor the dialog opened again");
    }

    @Test
    void highlightsOfATagGoToCsvWithTheFormatsWarnings() throws Exception {
        annotate("pear trees", HighlightColour.YELLOW, "", "fruit");
        annotate("Tove Aalund, who runs the orchard", HighlightColour.GREEN, "the grower", "money, fruit");
        annotate("promised money", HighlightColour.BLUE, "", "money");
        vm.setEntitySource(this::entities);
        vm.prepare();
        assertEquals(List.of("fruit", "money"), vm.tags());

        vm.choiceProperty().set(ExportChoice.TAG);
        vm.tagProperty().set("money");
        vm.formatProperty().set(ExportFormat.CSV);
        assertTrue(vm.suggestedFileName().startsWith(ExportViewModel.slug(article.title()) + "-"), vm.suggestedFileName());
        assertTrue(vm.suggestedFileName().endsWith("tag-money.csv"), vm.suggestedFileName());
        Path out = dir.resolve("money.csv");
        vm.export(out);

        ExportOutcome outcome = vm.outcomeProperty().get();
        assertTrue(outcome.succeeded(), outcome.error());
        String csv = Files.readString(out);
        assertTrue(csv.contains("who runs the orchard") && csv.contains("promised money") && !csv.contains("pear trees"), csv);
        assertTrue(csv.contains("Tove Aalund (PERSON)"), csv);
        assertFalse(outcome.warnings().isEmpty());
    }

    @Test
    void passagesMentioningAnEntityAreItsSentences() throws Exception {
        vm.setEntitySource(this::entities);
        vm.prepare();
        assertEquals(List.of("Tove Aalund", "Brenna"), vm.entityNames());
        vm.choiceProperty().set(ExportChoice.ENTITY);
        vm.entityProperty().set("Tove Aalund");
        vm.formatProperty().set(ExportFormat.HTML);
        Path out = dir.resolve("aalund.html");
        vm.export(out);

        ExportOutcome outcome = vm.outcomeProperty().get();
        assertTrue(outcome.succeeded(), outcome.error());
        assertEquals("2 passages", outcome.summary());
        String html = Files.readString(out);
        assertTrue(html.contains("asked for help with new stock"), html);
        assertTrue(html.contains("the orchard would replant anyway"), html);
    }

    @Test
    void theEntityListIsCsvOrJsonOnlyAndNeedsEntities() throws Exception {
        vm.choiceProperty().set(ExportChoice.ENTITY_LIST);
        assertEquals(List.of(ExportFormat.CSV, ExportFormat.JSON), vm.formats());
        assertEquals(ExportFormat.CSV, vm.formatProperty().get());

        Path out = dir.resolve("entities.json");
        vm.formatProperty().set(ExportFormat.JSON);
        vm.export(out);
        assertFalse(vm.outcomeProperty().get().succeeded());
        assertTrue(vm.outcomeProperty().get().error().contains("entities are not known"), vm.outcomeProperty().get().error());
        assertFalse(Files.exists(out));

        vm.setEntitySource(this::entities);
        vm.export(out);
        assertTrue(vm.outcomeProperty().get().succeeded());
        JsonNode root = Json.mapper().readTree(out.toFile());
        assertEquals("Tove Aalund", root.path("entities").get(1).path("name").asText());
    }

    @Test
    void aSearchExportWaitsForTheEntitiesAsAPersonQueryWouldOtherwiseFindNothing() throws Exception {
        vm.choiceProperty().set(ExportChoice.QUERY);
        vm.queryProperty().set("person:aalund");
        vm.formatProperty().set(ExportFormat.JSON);
        Path out = dir.resolve("aalund.json");
        vm.export(out);
        assertFalse(vm.outcomeProperty().get().succeeded(), "not an empty export while the entities are being found");
        assertTrue(vm.outcomeProperty().get().error().contains("entities are not known"), vm.outcomeProperty().get().error());
        assertFalse(Files.exists(out));

        vm.setEntitySource(this::entities);
        vm.export(out);
        assertTrue(vm.outcomeProperty().get().succeeded(), vm.outcomeProperty().get().error());
        assertEquals("2 passages", vm.outcomeProperty().get().summary());
    }

    @Test
    void aSearchExportFindsMatchingSentencesAndABadSearchSaysSo() throws Exception {
        vm.setEntitySource(this::entities);
        vm.choiceProperty().set(ExportChoice.QUERY);
        assertNotNull(vm.problemProperty().get());
        assertFalse(vm.canExportProperty().get());

        vm.queryProperty().set("frost");
        assertTrue(vm.canExportProperty().get());
        Path out = dir.resolve("frost.md");
        vm.export(out);
        assertTrue(vm.outcomeProperty().get().succeeded(), vm.outcomeProperty().get().error());
        assertTrue(Files.readString(out).contains("pear trees to frost"));

        vm.queryProperty().set("\"unclosed phrase");
        Path bad = dir.resolve("bad.md");
        vm.export(bad);
        ExportOutcome outcome = vm.outcomeProperty().get();
        assertFalse(outcome.succeeded());
        assertTrue(outcome.error().startsWith("The search cannot be read"), outcome.error());
        assertFalse(Files.exists(bad));
    }

    @Test
    void jsonExportCanBeImportedAgainWithItsNotes() throws Exception {
        annotate("Tove Aalund", HighlightColour.PURPLE, "the grower", "people");
        Path out = dir.resolve("orchard.json");
        vm.formatProperty().set(ExportFormat.JSON);
        vm.export(out);

        List<org.newslens.annotation.Annotation> back = new WebAnnotationCodec(Json.mapper())
                .readAnnotations(Json.mapper().readTree(out.toFile()), java.time.Instant.now());
        assertEquals(1, back.size());
        assertEquals("the grower", back.get(0).note());
        assertEquals(HighlightColour.PURPLE, back.get(0).colour());
    }

    @Test
    void exportingWithNoArticleOpenExplainsWhy() {
        reader.show(null);
        vm.export(dir.resolve("none.md"));
        assertEquals("Open an article first", vm.outcomeProperty().get().error());
    }
}

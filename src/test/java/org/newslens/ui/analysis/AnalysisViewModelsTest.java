package org.newslens.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.analysis.AnalysisService;
import org.newslens.analysis.Quote;
import org.newslens.analysis.ReaderDates;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.AnnotationStore;
import org.newslens.annotation.WebAnnotationCodec;
import org.newslens.app.Json;
import org.newslens.app.command.CommandHistory;
import org.newslens.ui.annotations.AnnotationsViewModel;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.export.AnalysisExporter;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.state.AppState;
import org.newslens.ui.task.QueuedTaskExecutor;
import org.newslens.ui.task.SameThreadTaskExecutor;

/** The panes' view models over a story written for the test, with hand-made entities (no models). */
class AnalysisViewModelsTest {
    private static final String STORY = "Mayor Ana Ruiz opened the bridge on Wednesday.\n\n"
            + "\"This bridge joins two towns,\" Ruiz said. \"It cost $40 million.\"\n\n"
            + "Engineers said the river had risen for the past 20 years.";

    @TempDir
    Path dir;

    private EntityAnalysis entities(String text) {
        List<Mention> m = new ArrayList<>();
        m.add(new Mention(text.indexOf("Ana Ruiz"), text.indexOf("Ana Ruiz") + 8, "Ana Ruiz", EntityLabel.PERSON, "person:ana-ruiz", null));
        int ruiz = text.indexOf("Ruiz said");
        m.add(new Mention(ruiz, ruiz + 4, "Ruiz", EntityLabel.PERSON, "person:ana-ruiz", null));
        int wed = text.indexOf("Wednesday");
        m.add(new Mention(wed, wed + 9, "Wednesday", EntityLabel.DATE, "date:wednesday", null));
        int past = text.indexOf("the past 20 years");
        m.add(new Mention(past, past + 17, "the past 20 years", EntityLabel.DATE, "date:past", null));
        int money = text.indexOf("$40 million");
        m.add(new Mention(money, money + 11, "$40 million", EntityLabel.FIGURE, "figure:40m", "money"));
        m.sort(java.util.Comparator.comparingInt(Mention::start));
        return new EntityAnalysis(m, List.of(new Entity("person:ana-ruiz", "Ana Ruiz", EntityLabel.PERSON, List.of("Ruiz"), 2)));
    }

    @Test
    void panesFollowTheArticleAskForItsDateOnceAndExport() throws Exception {
        Article article = new ArticleLoader().load(Files.writeString(dir.resolve("bridge.txt"), STORY));
        ReaderViewModel reader = new ReaderViewModel();
        reader.show(article);
        AppState state = new AppState(reader);
        AnalysisService service = new AnalysisService(Files.createDirectories(dir.resolve("analysis")), new ReaderDates(dir.resolve("dates.json")));
        SimpleObjectProperty<EntityAnalysis> found = new SimpleObjectProperty<>();
        ArticleAnalysisViewModel analysis = new ArticleAnalysisViewModel(service, new SameThreadTaskExecutor(), state, found, List::of);
        QuotesViewModel quotes = new QuotesViewModel(analysis, Optional::empty, new CommandHistory());
        TimelineViewModel timeline = new TimelineViewModel(analysis);
        FiguresViewModel figures = new FiguresViewModel(analysis);
        assertTrue(quotes.quotes().isEmpty(), "nothing before the entities");

        found.set(entities(article.text()));
        assertEquals(3, quotes.quotes().size(), quotes.quotes().toString());
        assertEquals(List.of(QuotesViewModel.ALL, "Ana Ruiz", "Engineers"), quotes.speakers());
        quotes.showSpeaker(quotes.quotes().get(0));
        assertEquals(2, quotes.quotes().size(), "Ruiz's two quotations");
        quotes.select(quotes.quotes().get(1));
        assertEquals("It cost $40 million.", reader.selectedText());

        assertTrue(analysis.needsDateProperty().get(), "no metadata, no dateline");
        assertNull(timeline.entries().stream().filter(e -> e.time().text().equals("Wednesday")).findFirst().orElseThrow().time().value());
        analysis.setArticleDate(LocalDate.of(2024, 5, 10));
        assertTrue(!analysis.needsDateProperty().get());
        assertEquals("2024-05-08", timeline.entries().stream().filter(e -> e.time().text().equals("Wednesday")).findFirst().orElseThrow().time().value());
        assertEquals("2004-05-10/2024-05-10", timeline.entries().get(0).time().value(), "time order: the range starts first");
        assertEquals(List.of("Ana Ruiz"), timeline.entries().get(1).names());

        assertEquals("40,000,000 USD", FiguresViewModel.valueOf(figures.figures().get(0)));
        assertTrue(figures.asTable(figures.figures()).contains("$40 million\tmoney\t40,000,000 USD\tno\t\"It cost $40 million.\""));

        Path csv = dir.resolve("quotes.csv");
        List<String> status = new ArrayList<>();
        analysis.export(AnalysisExporter.What.QUOTES, "csv", csv, status::add);
        assertEquals(List.of("Wrote quotes.csv"), status);
        assertTrue(Files.readString(csv).startsWith("speaker,unnamed,cue,addressee,kind,paragraph,text,start,end"));
        Path usual = Files.createFile(dir.resolve("usual.txt")); // created with the umask, as any program would
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(csv), "an export is no private state");
        Path json = dir.resolve("timeline.json");
        analysis.export(AnalysisExporter.What.TIMELINE, "json", json, status::add);
        JsonNode wednesday = StreamSupport.stream(Json.mapper().readTree(json.toFile()).get("timeline").spliterator(), false)
                .filter(t -> t.get("text").asText().equals("Wednesday")).findFirst().orElseThrow();
        assertEquals("2024-05-08", wednesday.get("date").asText(), "the timeline as shown, with the reader's date");
        Path md = dir.resolve("figures.md");
        analysis.export(AnalysisExporter.What.FIGURES, "md", md, status::add);
        assertTrue(Files.readString(md).contains("| $40 million | money | 40000000 | USD |"), Files.readString(md));
        assertEquals(List.of("Wrote quotes.csv", "Wrote timeline.json", "Wrote figures.md"), status);

        // another article: its own date question, remembered per article
        Article again = new ArticleLoader().load(dir.resolve("bridge.txt"));
        reader.show(again);
        found.set(entities(again.text()));
        assertTrue(!analysis.needsDateProperty().get(), "the same text's date is remembered");
    }

    /** The window's pieces for one article: reader, annotations (opening its store) and the Quotes pane, on one history. */
    private record Window(ReaderViewModel reader, CommandHistory history, AnnotationsViewModel annotations, QuotesViewModel quotes) {
        static Window open(Article article, Path dir, EntityAnalysis entities) throws Exception {
            ReaderViewModel reader = new ReaderViewModel();
            reader.show(article);
            AppState state = new AppState(reader);
            SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
            CommandHistory history = new CommandHistory();
            AnnotationStorage storage = new AnnotationStorage(dir.resolve("annotations"), new WebAnnotationCodec(Json.mapper()), Clock.systemUTC());
            AnnotationsViewModel annotations = new AnnotationsViewModel(storage, state, history, executor, Clock.systemUTC());
            AnalysisService service = new AnalysisService(Files.createDirectories(dir.resolve("analysis")), new ReaderDates(dir.resolve("dates.json")));
            ArticleAnalysisViewModel analysis = new ArticleAnalysisViewModel(service, executor, state, new SimpleObjectProperty<>(entities),
                    () -> annotations.store().map(AnnotationStore::speakerCorrections).orElse(List.of()));
            return new Window(reader, history, annotations, new QuotesViewModel(analysis, annotations::store, history));
        }

        List<String> speakers() {
            return quotes.quotes().stream().map(QuotesViewModel::speakerOf).toList();
        }
    }

    @Test
    void twoExportsStartedOneAfterTheOtherBothSayWhatTheyWrote() throws Exception {
        Article article = new ArticleLoader().load(Files.writeString(dir.resolve("bridge.txt"), STORY));
        ReaderViewModel reader = new ReaderViewModel();
        reader.show(article);
        AnalysisService service = new AnalysisService(Files.createDirectories(dir.resolve("analysis")), new ReaderDates(dir.resolve("dates.json")));
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        ArticleAnalysisViewModel analysis = new ArticleAnalysisViewModel(service, executor, new AppState(reader),
                new SimpleObjectProperty<>(entities(article.text())), List::of);
        executor.runAll();
        List<String> status = new ArrayList<>();
        analysis.export(AnalysisExporter.What.QUOTES, "csv", dir.resolve("quotes.csv"), status::add);
        analysis.export(AnalysisExporter.What.FIGURES, "md", dir.resolve("figures.md"), status::add);
        executor.runAll();
        assertEquals(List.of("Wrote quotes.csv", "Wrote figures.md"), status);
        assertTrue(Files.exists(dir.resolve("quotes.csv")) && Files.exists(dir.resolve("figures.md")));
    }

    @Test
    void aSpeakerIsChangedUndoneRedoneAndStillChangedAfterARestart() throws Exception {
        Article article = new ArticleLoader().load(Files.writeString(dir.resolve("bridge.txt"), STORY));
        Window window = Window.open(article, dir, entities(article.text()));
        assertEquals(List.of("Ana Ruiz", "Ana Ruiz", "Engineers (unnamed)"), window.speakers());
        assertEquals(List.of("Ana Ruiz"), window.quotes().speakerChoices());
        Quote engineers = window.quotes().quotes().get(2);

        String said = window.quotes().changeSpeaker(engineers, "ana ruiz");
        assertEquals("Speaker of “the river had risen for the past 20 years” is ana ruiz", said);
        assertEquals(List.of("Ana Ruiz", "Ana Ruiz", "Ana Ruiz"), window.speakers(), "the entity, under its own name");
        assertEquals(List.of(QuotesViewModel.ALL, "Ana Ruiz"), window.quotes().speakers());
        assertEquals("Undo " + said, window.annotations().history().undoTextProperty().get(), "the window's one undo");

        assertTrue(window.annotations().undo());
        assertEquals(List.of("Ana Ruiz", "Ana Ruiz", "Engineers (unnamed)"), window.speakers());
        assertTrue(window.annotations().redo());
        window.quotes().changeSpeaker(window.quotes().quotes().get(0), "The town council");
        assertEquals(List.of("The town council", "Ana Ruiz", "Ana Ruiz"), window.speakers(), "a typed name, as typed");

        Window restarted = Window.open(new ArticleLoader().load(dir.resolve("bridge.txt")), dir, entities(article.text()));
        assertEquals(List.of("The town council", "Ana Ruiz", "Ana Ruiz"), restarted.speakers());
        assertEquals("Choose or type a speaker", restarted.quotes().changeSpeaker(restarted.quotes().quotes().get(0), " "));
        assertTrue(restarted.history().undoDescription().isEmpty(), "nothing recorded for a blank name");
    }
}

package org.newslens.ui.entitypage;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.newslens.library.EntityPage;
import org.newslens.ui.controls.ItemCell;

/** The Entity pane's layout: binds to {@link EntityPageViewModel}, calls its commands; the buttons come from actions. */
public final class EntityPageView extends VBox {
    /** At most this many quotes, figures or notes are listed (the JSON of the command line has them all). */
    static final int LISTED = 40;

    private final EntityPageViewModel model;
    private final Label title = new Label("No entity");
    private final Label facts = new Label("Open an entity's page from a mention, the Entities pane or the Library.");
    private final FlowPane aliases = new FlowPane(6, 4);
    private final ListView<EntityPage.PageArticle> articles = new ListView<>();
    private final VBox appearsWith = new VBox(2);
    private final VBox quotes = new VBox(4);
    private final VBox figures = new VBox(4);
    private final VBox notes = new VBox(4);
    private final Label articlesHeading = heading("Articles");
    private final Button more = new Button("Show more");
    private final Label quotesHeading = heading("Quotes");
    private final Label figuresHeading = heading("Figures near it");
    private final Label notesHeading = heading("Your highlights and notes");

    /** {@code buttons}: back, forward, then the correction and undo buttons, made from the pane's actions. */
    public EntityPageView(EntityPageViewModel model, List<Button> navigation, List<Button> corrections,
                          Function<String, List<MenuItem>> aliasMenu) {
        this.model = model;
        setId("entity-page");
        getStyleClass().add("entity-page");
        setSpacing(6);
        // as wide as the other side panes: long sentences wrap instead of widening the pane
        setPrefWidth(300);
        setMinWidth(220);
        setMaxWidth(Double.MAX_VALUE);

        TextField ask = new TextField();
        ask.setId("entity-page-name");
        ask.setPromptText("Entity name…");
        ask.setOnAction(e -> model.open(ask.getText()));
        HBox.setHgrow(ask, Priority.ALWAYS);
        ProgressIndicator spinner = new ProgressIndicator(-1);
        spinner.setPrefSize(16, 16);
        spinner.setMaxSize(16, 16);
        spinner.visibleProperty().bind(model.activity().busyProperty());
        HBox top = new HBox(4);
        top.getChildren().addAll(navigation);
        top.getChildren().addAll(ask, spinner);
        top.setAlignment(Pos.CENTER_LEFT);

        title.setId("entity-page-title");
        title.getStyleClass().add("entity-page-title");
        wrapping(title);
        facts.setId("entity-page-facts");
        facts.getStyleClass().add("entity-page-facts");
        wrapping(facts);
        aliases.setId("entity-page-aliases");
        HBox tools = new HBox(4);
        tools.getChildren().addAll(corrections);
        Label message = new Label();
        message.setId("entity-page-message");
        message.getStyleClass().add("entity-page-message");
        wrapping(message);
        message.textProperty().bind(model.activity().statusProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        articles.setId("entity-page-articles");
        articles.setCellFactory(l -> ItemCell.drawn(a -> articleLine(a, l)));
        articles.setPrefHeight(220);
        articles.setMinHeight(120);
        articles.setOnMouseClicked(e -> {
            EntityPage.PageArticle a = articles.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && a != null) {
                model.openArticle(a);
            }
        });
        more.setId("entity-page-more");
        more.setOnAction(e -> model.showMore());
        more.managedProperty().bind(more.visibleProperty());
        more.setVisible(false);
        appearsWith.setId("entity-page-appears-with");
        quotes.setId("entity-page-quotes");
        figures.setId("entity-page-figures");
        notes.setId("entity-page-notes");

        VBox body = new VBox(6, title, facts, aliases, tools, message, articlesHeading, articles, more, heading("Appears most with"),
                appearsWith, quotesHeading, quotes, figuresHeading, figures, notesHeading, notes);
        body.getStyleClass().add("entity-page-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("entity-page-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(top, scroll);

        model.pageProperty().addListener((obs, old, page) -> show(page, aliasMenu));
        model.nameProperty().addListener((obs, old, name) -> ask.setText(name));
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("entity-page-heading");
        return l;
    }

    private void show(EntityPage page, Function<String, List<MenuItem>> aliasMenu) {
        if (page == null) {
            return;
        }
        if (page.name() == null) {
            title.setText("“" + page.query() + "”");
            facts.setText("No article in the library names it.");
        } else {
            title.setText(page.name());
            facts.setText(facts(page));
        }
        aliases.getChildren().setAll(page.aliases().stream().map(a -> alias(a, aliasMenu)).toList());
        if (!page.aliases().isEmpty()) {
            aliases.getChildren().add(0, new Label("Also:"));
        }
        articlesHeading.setText(page.hasMore() || page.from() > 0
                ? "Articles (newest " + page.articles().size() + " of " + page.articleCount() + ")" : "Articles (" + page.articleCount() + ")");
        List<EntityPage.PageArticle> before = List.copyOf(articles.getItems());
        articles.getItems().setAll(page.articles());
        if (!before.isEmpty() && page.articles().size() > before.size() && page.articles().subList(0, before.size()).equals(before)) {
            articles.scrollTo(before.size()); // "Show more": the first of the articles it added
        }
        int left = page.articleCount() - page.from() - page.articles().size();
        more.setText("Show " + Math.min(left, EntityPageViewModel.ARTICLES_AT_A_TIME) + " more");
        more.setVisible(page.hasMore());
        appearsWith.getChildren().setAll(page.appearsWith().stream().map(this::coEntity).toList());
        String inListed = page.hasMore() ? " in the articles listed" : "";
        quotesHeading.setText("Quotes (" + page.quotes().size() + ")" + inListed);
        fill(quotes, page.quotes(), q -> row("“" + q.text() + "”", q.article(), q.kind() + (q.cue() == null ? "" : ", " + q.cue()),
                () -> model.jump(q.article().file(), q.article().sha256(), q.start(), q.end())));
        figuresHeading.setText("Figures near it (" + page.figures().size() + ")" + inListed);
        fill(figures, page.figures(), f -> row(f.text() + (f.value() == null ? "" : " (" + f.relation() + " " + number(f.value())
                        + (f.unit() == null ? "" : " " + f.unit()) + ")"), f.article(), f.sentence(),
                () -> model.jump(f.article().file(), f.article().sha256(), f.start(), f.end())));
        notesHeading.setText("Your highlights and notes (" + page.notes().size() + ")");
        fill(notes, page.notes(), n -> row(n.exact().isEmpty() ? "(note on the article)" : "“" + n.exact() + "”", n.article(),
                n.note() + (n.tags().isEmpty() ? "" : "  #" + String.join(" #", n.tags())),
                () -> model.jump(n.article().file(), n.article().sha256(), n.start(), n.end())));
    }

    static String facts(EntityPage page) {
        String category = page.categories().isEmpty() ? "" : page.categories().get(0).charAt(0)
                + page.categories().get(0).substring(1).toLowerCase(Locale.ROOT) + " · ";
        String text = category + count(page.mentions(), "mention") + " in " + count(page.articleCount(), "article");
        if (page.first() != null) {
            text += "\nFirst " + day(page.first().published()) + " (" + page.first().title() + ")";
        }
        if (page.last() != null && page.articleCount() > 1) {
            text += "\nLast " + day(page.last().published()) + " (" + page.last().title() + ")";
        }
        return text;
    }

    /** "1 article", "3 articles". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String day(String published) {
        return published == null ? "" : published.length() >= 10 ? published.substring(0, 10) : published;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%,.2f", value);
    }

    private Node alias(String alias, Function<String, List<MenuItem>> aliasMenu) {
        Label l = new Label(alias);
        l.getStyleClass().add("entity-page-alias");
        ContextMenu menu = new ContextMenu();
        menu.getItems().setAll(aliasMenu.apply(alias));
        l.setContextMenu(menu);
        return l;
    }

    private Node coEntity(EntityPage.CoEntity c) {
        Hyperlink link = new Hyperlink(c.name());
        link.getStyleClass().add("entity-page-link");
        link.setOnAction(e -> model.open(c.name()));
        Label detail = wrapping(new Label(c.category().charAt(0) + c.category().substring(1).toLowerCase(Locale.ROOT) + " · "
                + count(c.sentences(), "sentence") + ", " + count(c.paragraphs(), "paragraph") + ", " + count(c.articles(), "article")));
        detail.getStyleClass().add("entity-page-detail");
        link.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(detail, Priority.ALWAYS);
        HBox row = new HBox(4, link, detail);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static <T> void fill(VBox box, List<T> items, Function<T, Node> row) {
        box.getChildren().setAll(items.stream().limit(LISTED).map(row).toList());
        if (items.size() > LISTED) {
            box.getChildren().add(new Label("… and " + (items.size() - LISTED) + " more"));
        }
    }

    /** A label that wraps to the pane's width rather than asking for its text's. */
    private static <L extends javafx.scene.control.Labeled> L wrapping(L label) {
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setPrefWidth(1);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Node row(String main, EntityPage.Appearance where, String detail, Runnable open) {
        Hyperlink text = wrapping(new Hyperlink(main));
        text.getStyleClass().add("entity-page-link");
        text.setOnAction(e -> open.run());
        Label from = wrapping(new Label(where.title() + (where.published() == null ? "" : " · " + day(where.published()))
                + (detail == null || detail.isBlank() ? "" : "\n" + detail)));
        from.getStyleClass().add("entity-page-detail");
        VBox box = new VBox(0, text, from);
        box.setMinWidth(0);
        return box;
    }

    /** One article: its title, date and mention count, then its first mention in context. */
    private static Node articleLine(EntityPage.PageArticle a, ListView<EntityPage.PageArticle> owner) {
        Label name = new Label(a.title() == null || a.title().isBlank() ? String.valueOf(a.file()) : a.title());
        name.getStyleClass().add("entity-page-article-title");
        name.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label count = new Label((a.published() == null ? "" : day(a.published()) + " · ") + a.mentions() + "×");
        count.getStyleClass().add("entity-page-detail");
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(4, name, spacer, count);
        Label context = new Label(a.firstMention() == null ? "" : a.firstMention().context());
        context.getStyleClass().add("entity-page-context");
        context.setWrapText(true);
        context.setMinWidth(0);
        context.setPrefWidth(1);
        context.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(1, line, context);
        if (!a.alsoIn().isEmpty() && a.file() != null) {
            // a text in several folders is one row, as in the Library: "news/valley.txt · also in archive/2020/"
            Label where = new Label(org.newslens.ui.library.LibraryRows.whereText(java.nio.file.Path.of(a.file()),
                    a.alsoIn().stream().map(java.nio.file.Path::of).toList()));
            where.getStyleClass().addAll("entity-page-detail", "entity-page-copies");
            where.setMinWidth(0);
            box.getChildren().add(1, where);
        }
        box.setMinWidth(0);
        box.prefWidthProperty().bind(owner.widthProperty().subtract(30));
        box.setMaxWidth(Region.USE_PREF_SIZE);
        return box;
    }
}

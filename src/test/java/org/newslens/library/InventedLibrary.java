package org.newslens.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.newslens.app.AppHome;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoadException;
import org.newslens.article.ArticleLoader;
import org.newslens.article.ArticleMetadata;
import org.newslens.index.ArticleIndex;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;

/** A small invented library with hand-made entities (no recogniser): offsets are found with indexOf. */
public final class InventedLibrary {
    public static final String MEETING = "Maria Ortiz met Paul Kern in Kandor.\n\nLater Ortiz flew to Port Elma. Kern stayed.";
    public static final String HARBOUR = "Paul Kern spoke in Port Elma on Monday.\n\nMaria Ortiz was absent, Kern said.";
    public static final String SHOP = "Smith & <Sons> opened a shop in Kandor.\n\nNobody else came.";

    private InventedLibrary() {
    }

    /** A data folder in {@code dir}/home whose index holds the invented library (its files under {@code dir}). */
    public static AppHome homeWithLibrary(Path dir) throws IOException {
        AppHome home = new AppHome(Files.createDirectories(dir.resolve("home")));
        try (LuceneArticleIndex index = LuceneArticleIndex.open(home.root().resolve("index"))) {
            fill(index, dir);
        }
        return home;
    }

    /** Indexes the meeting article from {@code file} (not committed): called with another folder, a copy of it. */
    public static void meeting(ArticleIndex index, Path file) {
        index.index(article(file, MEETING, "2024-03-01T09:00:00Z"), new Analysis(MEETING)
                .entity(EntityLabel.PERSON, "Maria Ortiz", List.of("Ortiz"), "Maria Ortiz", "Ortiz")
                .entity(EntityLabel.PERSON, "Paul Kern", List.of("Kern"), "Paul Kern", "Kern")
                .entity(EntityLabel.PLACE, "Kandor", List.of(), "Kandor")
                .entity(EntityLabel.PLACE, "Port Elma", List.of(), "Port Elma")
                .build());
    }

    /** Indexes the three articles (the first two dated, the third not) from files under {@code folder}. */
    public static void fill(ArticleIndex index, Path folder) {
        meeting(index, folder.resolve("meeting.txt"));
        index.index(article(folder.resolve("harbour.txt"), HARBOUR, "2024-05-10T12:00:00Z"), new Analysis(HARBOUR)
                .entity(EntityLabel.PERSON, "Paul Kern", List.of("Kern"), "Paul Kern", "Kern")
                .entity(EntityLabel.PLACE, "Port Elma", List.of(), "Port Elma")
                .entity(EntityLabel.DATE, "Monday", List.of(), "Monday")
                .entity(EntityLabel.PERSON, "maria ortiz", List.of("M. Ortiz"), "Maria Ortiz")
                .build());
        index.index(article(folder.resolve("shop.txt"), SHOP, null), new Analysis(SHOP)
                .entity(EntityLabel.GROUP, "Smith & <Sons>", List.of(), "Smith & <Sons>")
                .entity(EntityLabel.PLACE, "Kandor", List.of(), "Kandor")
                .build());
        index.commit();
    }

    /**
     * Indexes {@code count} short articles naming Lena Brandt (and no one else of the library), article {@code i} published on day {@code i} of 2024
     * (so the newest is the last), from files under {@code folder} (not written).
     */
    public static void fillMany(ArticleIndex index, Path folder, int count) {
        for (int i = 0; i < count; i++) {
            String text = "Lena Brandt opened dock " + i + ".\n\nNobody watched.";
            String day = java.time.LocalDate.of(2024, 1, 1).plusDays(i) + "T09:00:00Z";
            index.index(article(folder.resolve("dock-" + i + ".txt"), text, day), new Analysis(text)
                    .entity(EntityLabel.PERSON, "Lena Brandt", List.of(), "Lena Brandt").build());
        }
        index.commit();
    }

    static Article article(Path file, String text, String published) {
        try {
            Article a = new ArticleLoader().fromPlainText(file, text);
            OffsetDateTime date = published == null ? null : OffsetDateTime.parse(published);
            return new Article(a.source(), a.title(), a.byline(), a.text(), a.paragraphs(), a.format(), a.encoding(),
                    a.contentHash(), new ArticleMetadata(null, date, null, null));
        } catch (ArticleLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every occurrence of each surface form not inside an earlier mention becomes a mention of the entity. */
    static final class Analysis {
        private final String text;
        private final List<Mention> mentions = new ArrayList<>();
        private final List<Entity> entities = new ArrayList<>();

        Analysis(String text) {
            this.text = text;
        }

        Analysis entity(EntityLabel label, String name, List<String> aliases, String... surfaces) {
            String id = label.id() + ":" + name;
            int count = 0;
            for (String surface : surfaces) {
                for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
                    int start = at;
                    if (mentions.stream().noneMatch(m -> m.overlaps(start, start + surface.length()))) {
                        mentions.add(new Mention(at, at + surface.length(), surface, label, id, null));
                        count++;
                    }
                }
            }
            entities.add(new Entity(id, name, label, aliases, count));
            return this;
        }

        EntityAnalysis build() {
            List<Mention> sorted = new ArrayList<>(mentions);
            sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return new EntityAnalysis(sorted, entities);
        }
    }
}

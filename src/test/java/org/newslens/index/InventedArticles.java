package org.newslens.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoadException;
import org.newslens.article.ArticleLoader;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;

/** Invented articles and hand-built entity analyses for index tests. Offsets are always found with indexOf. */
final class InventedArticles {
    private InventedArticles() {
    }

    static final String VALLEY = String.join("\n\n",
            "Rebels from Al Qaeda\u2019s northern wing brutalised villagers near Kandor in March 2020.",
            "The United States condemned the attack. US officials said America would send aid within a week.",
            "Maria Ortiz, the mayor of Kandor, said the rebels now control the valley. Rebels controlling the roads block food.",
            "Caf\u00e9 owners in S\u00e3o Miguel stayed open, and 3,000 refugees crossed the river.");

    static final String HARBOUR = String.join("\n\n",
            "Fishermen in Port Elma protested on Monday against new quotas.",
            "Maria Ortiz visited the harbour and promised to review the rules.");

    static final String DROUGHT = String.join("\n\n",
            "A drought has emptied the reservoirs around Kandor.",
            "Farmers say aid from America has not arrived.");

    /** Quotes (a reported statement, a direct quote, an unnamed speaker) and dates, with a dateline: 2021-07-09. */
    static final String RIVER = "KANDOR 2021-07-09 - Ortiz, the mayor of Kandor, said the rebels now control the valley.\n\n"
            + "\"We will not leave our homes,\" Ortiz said on Wednesday.\n\n"
            + "One commander told the BBC that the army had retreated in March 2020.\n\n"
            + "The drought of 2019 emptied the reservoirs.";

    static final String QUAY = "PORT ELMA 2020-05-02 - Fishermen protested against new quotas on Monday.\n\n"
            + "\"The quotas will ruin us,\" said Tom Ashby, a fisherman.";

    static Article article(Path file, String text) {
        try {
            return new ArticleLoader().fromPlainText(file, text);
        } catch (ArticleLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds an analysis by naming, for each entity, its surface forms as they occur in the text. */
    static final class Analysis {
        private final String text;
        private final List<Mention> mentions = new ArrayList<>();
        private final List<Entity> entities = new ArrayList<>();

        Analysis(String text) {
            this.text = text;
        }

        /** Every occurrence of every {@code surface} becomes a mention of the entity {@code name}. */
        Analysis entity(EntityLabel label, String name, List<String> aliases, String... surfaces) {
            String id = label.name().toLowerCase() + ":" + name;
            int count = 0;
            for (String surface : surfaces) {
                for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
                    mentions.add(new Mention(at, at + surface.length(), surface, label, id, null));
                    count++;
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

    static EntityAnalysis valleyEntities() {
        return new Analysis(VALLEY)
                .entity(EntityLabel.PLACE, "United States", List.of("US", "America"), "United States", "US", "America")
                .entity(EntityLabel.PLACE, "Kandor", List.of(), "Kandor")
                .entity(EntityLabel.PLACE, "S\u00e3o Miguel", List.of(), "S\u00e3o Miguel")
                .entity(EntityLabel.PERSON, "Maria Ortiz", List.of("Ortiz"), "Maria Ortiz")
                .entity(EntityLabel.GROUP, "Al Qaeda", List.of("al-Qaeda"), "Al Qaeda")
                .entity(EntityLabel.DATE, "March 2020", List.of(), "March 2020")
                .entity(EntityLabel.FIGURE, "3,000 refugees", List.of(), "3,000 refugees")
                .build();
    }

    static EntityAnalysis harbourEntities() {
        return new Analysis(HARBOUR)
                .entity(EntityLabel.PLACE, "Port Elma", List.of(), "Port Elma")
                .entity(EntityLabel.PERSON, "Maria Ortiz", List.of("Ortiz"), "Maria Ortiz")
                .entity(EntityLabel.DATE, "Monday", List.of(), "Monday")
                .build();
    }

    static EntityAnalysis riverEntities() {
        return new Analysis(RIVER)
                .entity(EntityLabel.PERSON, "Maria Ortiz", List.of("Ortiz"), "Ortiz")
                .entity(EntityLabel.PLACE, "Kandor", List.of(), "Kandor")
                .entity(EntityLabel.GROUP, "BBC", List.of(), "BBC")
                .entity(EntityLabel.DATE, "Wednesday", List.of(), "Wednesday")
                .entity(EntityLabel.DATE, "March 2020", List.of(), "March 2020")
                .entity(EntityLabel.DATE, "2019", List.of(), "2019")
                .build();
    }

    static EntityAnalysis quayEntities() {
        return new Analysis(QUAY)
                .entity(EntityLabel.PERSON, "Tom Ashby", List.of(), "Tom Ashby")
                .entity(EntityLabel.DATE, "Monday", List.of(), "Monday")
                .build();
    }

    static EntityAnalysis droughtEntities() {
        return new Analysis(DROUGHT)
                .entity(EntityLabel.PLACE, "Kandor", List.of(), "Kandor")
                .entity(EntityLabel.PLACE, "United States", List.of("US", "America"), "America")
                .build();
    }
}

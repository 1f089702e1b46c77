package org.newslens.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;

/**
 * A made-up article with a quote, a reported statement, dates and figures, and its entities: what
 * {@link AnalysisService#warmUp()} runs the rules on, so their classes are loaded and patterns compiled before the
 * first real article's entities are ready.
 */
final class WarmUpArticle {
    static final String TEXT = "Coastal towns brace for the storm\n\n"
            + "Mayor Elena Varga said on Tuesday that about 2.7 million people had left the coast since 2019, "
            + "according to the Coastal Agency.\n\n"
            + "\"We will not wait another year,\" she told reporters. \"The walls must be raised.\"\n\n"
            + "Officials warned that repairs would cost $40 million over the next two weeks.";
    static final ArticleDates.Found DATE = new ArticleDates.Found(LocalDate.of(2024, 3, 7), "dateline");

    private WarmUpArticle() {
    }

    static EntityAnalysis entities() {
        List<Mention> mentions = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        add("Elena Varga", EntityLabel.PERSON, mentions, entities);
        add("Coastal Agency", EntityLabel.GROUP, mentions, entities);
        add("Tuesday", EntityLabel.DATE, mentions, entities);
        add("2019", EntityLabel.DATE, mentions, entities);
        add("the next two weeks", EntityLabel.DATE, mentions, entities);
        add("2.7 million", EntityLabel.FIGURE, mentions, entities);
        add("$40 million", EntityLabel.FIGURE, mentions, entities);
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new EntityAnalysis(mentions, entities);
    }

    private static void add(String name, EntityLabel label, List<Mention> mentions, List<Entity> entities) {
        String id = label.id() + ":" + name;
        int at = TEXT.indexOf(name);
        mentions.add(new Mention(at, at + name.length(), name, label, id, null));
        entities.add(new Entity(id, name, label, List.of(), 1));
    }
}

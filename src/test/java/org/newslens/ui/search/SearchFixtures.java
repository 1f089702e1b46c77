package org.newslens.ui.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoadException;
import org.newslens.article.ArticleLoader;
import org.newslens.index.EntitySource;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.EntityRecogniser;
import org.newslens.nlp.Mention;

/**
 * Invented articles for search view-model tests, and an {@link EntitySource} built by hand: for each entity,
 * the surface forms it has; every occurrence of a form in a text is a mention. Offsets are found with indexOf.
 */
public final class SearchFixtures {
    public static final String VALLEY = String.join("\n\n",
            "Rebels from Al Qaeda brutalised villagers near Kandor in March 2020.",
            "The United States condemned the attack. US officials said America would send aid.",
            "Maria Ortiz, the mayor of Kandor, said the rebels now control the valley.",
            "Aid convoys reached Kandor a week later.");

    public static final String HARBOUR = String.join("\n\n",
            "Fishermen in Port Elma protested on Monday against new quotas.",
            "Maria Ortiz visited the harbour and promised to review the quotas.");

    public static final String DROUGHT = String.join("\n\n",
            "A drought has emptied the reservoirs around Kandor.",
            "Farmers say aid from America has not arrived.");

    private SearchFixtures() {
    }

    public static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    public static Article load(Path file) {
        try {
            return new ArticleLoader().load(file);
        } catch (ArticleLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every offset at which {@code word} occurs in {@code text}. */
    public static List<Integer> offsets(String text, String word) {
        List<Integer> out = new ArrayList<>();
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            out.add(at);
        }
        return out;
    }

    /** A hand-built entity source that counts its calls. */
    public static final class Entities implements EntitySource, EntityRecogniser {
        private record Known(EntityLabel label, String name, List<String> forms) {
        }

        private final List<Known> known = new ArrayList<>();
        public final AtomicInteger calls = new AtomicInteger();

        /** {@code forms} (the name first) are the ways the text names the entity. */
        public Entities knows(EntityLabel label, String name, String... aliases) {
            List<String> forms = new ArrayList<>();
            forms.add(name);
            forms.addAll(List.of(aliases));
            known.add(new Known(label, name, forms));
            return this;
        }

        /** Al Qaeda, Kandor, the United States (US, America), Maria Ortiz (Ortiz), Port Elma, March 2020. */
        public static Entities news() {
            return new Entities()
                    .knows(EntityLabel.GROUP, "Al Qaeda")
                    .knows(EntityLabel.PLACE, "Kandor")
                    .knows(EntityLabel.PLACE, "United States", "US", "America")
                    .knows(EntityLabel.PERSON, "Maria Ortiz", "Ortiz")
                    .knows(EntityLabel.PLACE, "Port Elma")
                    .knows(EntityLabel.DATE, "March 2020");
        }

        @Override
        public EntityAnalysis analyse(Article article) {
            return recognise(article.text());
        }

        @Override
        public String version() {
            return "fixture";
        }

        @Override
        public EntityAnalysis recognise(String text) {
            calls.incrementAndGet();
            List<Mention> mentions = new ArrayList<>();
            List<Entity> entities = new ArrayList<>();
            Map<String, Integer> counts = new HashMap<>();
            for (Known k : known) {
                String id = k.label().name().toLowerCase() + ":" + k.name();
                for (String form : k.forms()) {
                    for (int at : offsets(text, form)) {
                        boolean inside = mentions.stream().anyMatch(m -> m.overlaps(at, at + form.length()));
                        if (!inside) {
                            mentions.add(new Mention(at, at + form.length(), form, k.label(), id, null));
                            counts.merge(id, 1, Integer::sum);
                        }
                    }
                }
                if (counts.containsKey(id)) {
                    entities.add(new Entity(id, k.name(), k.label(), k.forms().subList(1, k.forms().size()), counts.get(id)));
                }
            }
            mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return new EntityAnalysis(mentions, entities);
        }
    }
}

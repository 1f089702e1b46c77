package org.newslens.annotation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.Mention;

/**
 * Lays the library-wide corrections over one article's entities, in the order they were made. A correction
 * naming no entity of the article leaves it as it is; applying the same corrections twice changes nothing more.
 */
public final class LibraryCorrector {

    public EntityAnalysis apply(EntityAnalysis analysis, List<LibraryCorrection> corrections) {
        if (corrections.isEmpty() || analysis == null) {
            return analysis;
        }
        Work work = new Work(analysis);
        for (LibraryCorrection c : corrections) {
            if (c.kind() == LibraryCorrection.Kind.SPLIT) {
                work.split(c.entity(), c.other());
            } else {
                work.join(c.entity(), c.other());
            }
        }
        return work.changed ? new EntityAnalysis(work.mentions, work.entities) : analysis;
    }

    static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static final class Work {
        final List<Entity> entities;
        final List<Mention> mentions;
        boolean changed;

        Work(EntityAnalysis analysis) {
            entities = new ArrayList<>(analysis.entities());
            mentions = new ArrayList<>(analysis.mentions());
        }

        /** {@code from} joins the entity named {@code to} of the article (same category first), or takes that name. */
        void join(String from, String to) {
            for (Entity source : List.copyOf(entities)) {
                if (!same(source.name(), from)) {
                    continue;
                }
                Entity target = entities.stream().filter(e -> e != source && same(e.name(), to))
                        .min((a, b) -> Boolean.compare(a.label() != source.label(), b.label() != source.label())).orElse(null);
                changed = true;
                if (target == null) {
                    entities.set(entities.indexOf(source), new Entity(source.id(), to, source.label(),
                            aliases(to, source.aliases(), List.of(source.name())), source.mentions()));
                    continue;
                }
                int moved = move(source.id(), target, m -> true);
                entities.remove(source);
                entities.set(entities.indexOf(target), new Entity(target.id(), target.name(), target.label(),
                        aliases(target.name(), target.aliases(), source.aliases(), List.of(source.name())),
                        Math.max(target.mentions(), 0) + Math.max(source.mentions(), moved)));
            }
        }

        /** The mentions of {@code name} written {@code alias} become their own entity (or join one so named). */
        void split(String name, String alias) {
            for (Entity source : List.copyOf(entities)) {
                if (!same(source.name(), name) || mentions.stream().noneMatch(m -> source.id().equals(m.entity()) && same(m.text(), alias))) {
                    continue;
                }
                changed = true;
                Entity target = entities.stream().filter(e -> e != source && e.label() == source.label() && same(e.name(), alias))
                        .findFirst().orElse(null);
                if (target == null) {
                    target = new Entity(uniqueId(source.id() + "#" + alias.strip().toLowerCase(Locale.ROOT)), alias, source.label(), List.of(), 0);
                    entities.add(target);
                }
                int moved = move(source.id(), target, m -> same(m.text(), alias));
                entities.set(entities.indexOf(target), new Entity(target.id(), target.name(), target.label(), target.aliases(),
                        target.mentions() + moved));
                List<String> left = source.aliases().stream().filter(a -> !same(a, alias)).toList();
                entities.set(entities.indexOf(source), new Entity(source.id(), source.name(), source.label(), left,
                        Math.max(0, source.mentions() - moved)));
            }
        }

        /** Hands the mentions of entity {@code id} that {@code which} accepts to {@code target}; how many moved. */
        private int move(String id, Entity target, Predicate<Mention> which) {
            int moved = 0;
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (id.equals(m.entity()) && which.test(m)) {
                    mentions.set(i, new Mention(m.start(), m.end(), m.text(), target.label(), target.id(), m.context()));
                    moved++;
                }
            }
            return moved;
        }

        private String uniqueId(String base) {
            String id = base;
            for (int n = 2; taken(id); n++) {
                id = base + "-" + n;
            }
            return id;
        }

        private boolean taken(String id) {
            return entities.stream().anyMatch(e -> e.id().equals(id));
        }

        @SafeVarargs
        private static List<String> aliases(String name, List<String>... lists) {
            Set<String> out = new LinkedHashSet<>();
            for (List<String> list : lists) {
                for (String a : list) {
                    if (!same(a, name) && out.stream().noneMatch(o -> same(o, a))) {
                        out.add(a);
                    }
                }
            }
            return List.copyOf(out);
        }
    }
}

package org.newslens.annotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;

/**
 * Lays the reader's corrections over what the recogniser found. Corrections apply in the order they were
 * made; entity names, aliases and mention counts are recomputed afterwards. A {@link EntityCorrection.Scope#THIS}
 * correction whose span no longer holds its text is skipped (see {@link #stale}), never guessed.
 */
public final class EntityCorrector {

    public EntityAnalysis apply(EntityAnalysis recognised, String text, List<EntityCorrection> corrections) {
        Work work = new Work(recognised);
        for (EntityCorrection c : corrections) {
            if (!isStale(c, text)) {
                work.apply(c, text);
            }
        }
        return work.result();
    }

    /** The corrections that no longer fit the text (their span now holds other words). */
    public List<EntityCorrection> stale(String text, List<EntityCorrection> corrections) {
        return corrections.stream().filter(c -> isStale(c, text)).toList();
    }

    private static boolean isStale(EntityCorrection c, String text) {
        return c.scope() == EntityCorrection.Scope.THIS && c.kind() != EntityCorrection.Kind.MERGE
                && (c.end() > text.length() || !text.startsWith(c.text(), c.start()));
    }

    private static final class Group {
        final String id;
        final String name;
        final EntityLabel label;
        final Set<String> knownAliases = new LinkedHashSet<>();

        Group(String id, String name, EntityLabel label) {
            this.id = id;
            this.name = name;
            this.label = label;
        }
    }

    private static final class WorkMention {
        final int start;
        final int end;
        final String text;
        EntityLabel label;
        Group group;
        String context;

        WorkMention(int start, int end, String text, EntityLabel label, Group group, String context) {
            this.start = start;
            this.end = end;
            this.text = text;
            this.label = label;
            this.group = group;
            this.context = context;
        }
    }

    private static final class Work {
        final Map<String, Group> groups = new LinkedHashMap<>();
        final List<WorkMention> mentions = new ArrayList<>();

        Work(EntityAnalysis recognised) {
            for (Entity e : recognised.entities()) {
                Group g = new Group(e.id(), e.name(), e.label());
                g.knownAliases.addAll(e.aliases());
                groups.put(e.id(), g);
            }
            for (Mention m : recognised.mentions()) {
                Group g = groups.get(m.entity());
                if (g == null) {
                    g = newGroup(m.text(), m.label());
                }
                mentions.add(new WorkMention(m.start(), m.end(), m.text(), m.label(), g, m.context()));
            }
        }

        void apply(EntityCorrection c, String text) {
            switch (c.kind()) {
                case MARK -> {
                    for (int[] span : spans(c, text)) {
                        mark(span[0], span[1], c.text(), c.label());
                    }
                }
                case REMOVE -> mentions.removeIf(m -> matches(c, m));
                case SPLIT -> {
                    for (WorkMention m : targets(c)) {
                        Group own = m.group.name.equals(m.text) && m.group.label == m.label
                                ? m.group : groupNamed(m.text, m.label, m.group);
                        m.group = own;
                    }
                }
                case ASSIGN -> {
                    for (WorkMention m : targets(c)) {
                        join(m, c.targetEntity());
                    }
                }
                case MERGE -> {
                    for (WorkMention m : List.copyOf(mentions)) {
                        if (m.group.name.equalsIgnoreCase(c.text())) {
                            join(m, c.targetEntity());
                        }
                    }
                }
            }
        }

        private void join(WorkMention m, String targetName) {
            Group target = groups.values().stream()
                    .filter(g -> g.name.equalsIgnoreCase(targetName))
                    .findFirst()
                    .orElseGet(() -> newGroup(targetName, m.label));
            m.group = target;
            m.label = target.label;
        }

        private List<WorkMention> targets(EntityCorrection c) {
            return mentions.stream().filter(m -> matches(c, m)).toList();
        }

        private static boolean matches(EntityCorrection c, WorkMention m) {
            if (c.scope() == EntityCorrection.Scope.ALL) {
                return m.text.equals(c.text());
            }
            return m.start == c.start() && m.end == c.end();
        }

        /** THIS: the one span. ALL: every whole-word occurrence of the text. */
        private static List<int[]> spans(EntityCorrection c, String text) {
            if (c.scope() == EntityCorrection.Scope.THIS) {
                return List.<int[]>of(new int[] {c.start(), c.end()});
            }
            List<int[]> out = new ArrayList<>();
            String t = c.text();
            for (int i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) {
                int end = i + t.length();
                boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))
                        || !Character.isLetterOrDigit(t.charAt(0));
                boolean wordEnd = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                        || !Character.isLetterOrDigit(t.charAt(t.length() - 1));
                if (wordStart && wordEnd) {
                    out.add(new int[] {i, end});
                }
            }
            return out;
        }

        private void mark(int start, int end, String surface, EntityLabel label) {
            WorkMention same = null;
            for (WorkMention m : mentions) {
                if (m.start == start && m.end == end) {
                    same = m;
                }
            }
            if (same != null && same.label == label) {
                return;
            }
            String context = same != null && label == EntityLabel.FIGURE ? same.context : null;
            mentions.removeIf(m -> m.start < end && start < m.end);
            mentions.add(new WorkMention(start, end, surface, label, groupFor(surface, label), context));
        }

        /** The entity of this category this name already belongs to, or a new one. */
        private Group groupFor(String surface, EntityLabel label) {
            for (Group g : groups.values()) {
                if (g.label == label && (g.name.equalsIgnoreCase(surface) || containsIgnoreCase(g.knownAliases, surface))) {
                    return g;
                }
            }
            for (WorkMention m : mentions) {
                if (m.label == label && m.text.equalsIgnoreCase(surface)) {
                    return m.group;
                }
            }
            return newGroup(surface, label);
        }

        private Group groupNamed(String name, EntityLabel label, Group except) {
            for (Group g : groups.values()) {
                if (g != except && g.label == label && g.name.equals(name)) {
                    return g;
                }
            }
            return newGroup(name, label);
        }

        private Group newGroup(String name, EntityLabel label) {
            String base = "corrected-" + label.name().toLowerCase(Locale.ROOT) + "-"
                    + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
            String id = base;
            for (int n = 2; groups.containsKey(id); n++) {
                id = base + "-" + n;
            }
            Group g = new Group(id, name, label);
            groups.put(id, g);
            return g;
        }

        private static boolean containsIgnoreCase(Set<String> values, String value) {
            return values.stream().anyMatch(v -> v.equalsIgnoreCase(value));
        }

        EntityAnalysis result() {
            mentions.sort(Comparator.<WorkMention>comparingInt(m -> m.start).thenComparingInt(m -> m.end));
            Map<Group, List<WorkMention>> byGroup = new LinkedHashMap<>();
            for (Group g : groups.values()) {
                byGroup.put(g, new ArrayList<>());
            }
            for (WorkMention m : mentions) {
                byGroup.get(m.group).add(m);
            }
            List<Entity> entities = new ArrayList<>();
            for (Map.Entry<Group, List<WorkMention>> e : byGroup.entrySet()) {
                List<WorkMention> ms = e.getValue();
                if (ms.isEmpty()) {
                    continue;
                }
                Group g = e.getKey();
                Set<String> aliases = new LinkedHashSet<>();
                for (WorkMention m : ms) {
                    if (!m.text.equals(g.name)) {
                        aliases.add(m.text);
                    }
                }
                entities.add(new Entity(g.id, g.name, g.label, List.copyOf(aliases), ms.size()));
            }
            List<Mention> out = mentions.stream()
                    .map(m -> new Mention(m.start, m.end, m.text, m.label, m.group.id,
                            m.label == EntityLabel.FIGURE ? m.context : null))
                    .toList();
            return new EntityAnalysis(out, entities);
        }
    }
}

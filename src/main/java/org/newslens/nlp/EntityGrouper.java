package org.newslens.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups mentions into canonical entities. The rules (docs/entity-quality.md, "Grouping"):
 * <ol>
 *   <li>Surface forms are compared after normalising case, possessives ("Afghanistan’s"), dots ("U.S.")
 *       and a leading "the".</li>
 *   <li>Places: known abbreviations and short forms join the full name ("US", "U.S.", "America" →
 *       United States).</li>
 *   <li>Groups: a people's adjective or plural joins the plural ("Afghan", "Afghans" → Afghans);
 *       well-known abbreviations join the full name ("UN" → United Nations).</li>
 *   <li>People: a partial name joins the longest full name in the document whose words contain it
 *       ("Putin" → Vladimir Putin).</li>
 *   <li>The entity's name is the canonical form (table entry or the longest form seen); its id is the
 *       label plus a slug of the name, stable across runs and documents ("person:vladimir-putin").</li>
 * </ol>
 */
final class EntityGrouper {
    private final Lexicon lexicon;

    EntityGrouper(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A mention before it belongs to an entity. */
    record Found(int start, int end, String text, EntityLabel label, String context) {
    }

    EntityAnalysis group(List<Found> found) {
        Map<Found, String> canonicalOf = new HashMap<>();
        // people first: full names, then the partial names that join them
        List<List<String>> personNames = new ArrayList<>();
        Map<List<String>, String> personSurface = new HashMap<>();
        for (Found f : found) {
            if (f.label() == EntityLabel.PERSON) {
                List<String> words = words(f.text());
                if (!personSurface.containsKey(words)) {
                    personNames.add(words);
                    personSurface.put(words, clean(f.text()));
                }
            }
        }
        for (Found f : found) {
            canonicalOf.put(f, switch (f.label()) {
                case PERSON -> fullName(words(f.text()), personNames, personSurface);
                case PLACE -> orElse(lexicon.alias(EntityLabel.PLACE, clean(f.text())), clean(f.text()));
                case GROUP -> groupName(clean(f.text()));
                case FIGURE, DATE -> clean(f.text());
            });
        }
        // one entity per label and normalised canonical name
        Map<String, List<Found>> members = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Found f : found) {
            String name = canonicalOf.get(f);
            String id = id(f.label(), name);
            members.computeIfAbsent(id, k -> new ArrayList<>()).add(f);
            String previous = names.get(id);
            if (previous == null || betterName(name, previous)) {
                names.put(id, name);
            }
        }
        List<Entity> entities = new ArrayList<>();
        Map<Found, String> entityOf = new HashMap<>();
        for (Map.Entry<String, List<Found>> e : members.entrySet()) {
            String name = names.get(e.getKey());
            Set<String> aliases = new LinkedHashSet<>();
            for (Found f : e.getValue()) {
                entityOf.put(f, e.getKey());
                String surface = clean(f.text());
                if (!surface.equals(name)) {
                    aliases.add(surface);
                }
            }
            entities.add(new Entity(e.getKey(), name, e.getValue().get(0).label(), List.copyOf(aliases), e.getValue().size()));
        }
        entities.sort(Comparator.comparing(Entity::label).thenComparing(Entity::mentions, Comparator.reverseOrder())
                .thenComparing(Entity::name));
        List<Mention> mentions = new ArrayList<>();
        for (Found f : found) {
            mentions.add(new Mention(f.start(), f.end(), f.text(), f.label(), entityOf.get(f), f.context()));
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return new EntityAnalysis(mentions, entities);
    }

    private static boolean betterName(String candidate, String current) {
        return candidate.length() > current.length();
    }

    private String groupName(String surface) {
        String alias = lexicon.alias(EntityLabel.GROUP, surface);
        if (alias != null) {
            return alias;
        }
        String people = lexicon.peopleOf(surface);
        return people != null ? people : surface;
    }

    /** The longest person name whose words include all of these words, in order; the words' own form if none. */
    private static String fullName(List<String> words, List<List<String>> names, Map<List<String>, String> surface) {
        List<String> best = words;
        for (List<String> candidate : names) {
            if (candidate.size() > best.size() && containsInOrder(candidate, words)) {
                best = candidate;
            }
        }
        return surface.getOrDefault(best, String.join(" ", words));
    }

    private static boolean containsInOrder(List<String> longer, List<String> shorter) {
        int j = 0;
        for (String w : longer) {
            if (j < shorter.size() && w.equals(shorter.get(j))) {
                j++;
            }
        }
        return j == shorter.size();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : key(text).split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String orElse(String a, String b) {
        return a != null ? a : b;
    }

    /** The surface form without a possessive ending, surrounding punctuation or a leading "the". */
    static String clean(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        s = s.replaceAll("(?i)['’]s$", "").replaceAll("['’]$", "");
        s = s.replaceAll("^(?i)the ", "");
        s = s.replaceAll("^[\\p{Punct}“”‘’]+|[\\p{Punct}“”‘’&&[^.]]+$", "");
        return s.isEmpty() ? text.strip() : s;
    }

    /** Case-, accent- and punctuation-insensitive comparison key. */
    static String key(String text) {
        String s = Normalizer.normalize(clean(text), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("(?<!\\d)\\.|\\.(?!\\d)", "").replaceAll("[^\\p{L}\\p{N}.]+", " ");
        return s.strip();
    }

    static String id(EntityLabel label, String name) {
        String slug = key(name).replace(' ', '-').replace('.', '-');
        return label.name().toLowerCase(Locale.ROOT) + ":" + (slug.isEmpty() ? "x" : slug);
    }
}

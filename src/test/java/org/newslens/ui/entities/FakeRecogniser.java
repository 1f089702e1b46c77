package org.newslens.ui.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.EntityRecogniser;
import org.newslens.nlp.Mention;

/**
 * A recogniser for view-model tests: it knows a few surface forms (given by the test) and finds every
 * whole-word occurrence of them, grouping forms that name the same entity. It counts its runs and can be
 * told to fail.
 */
final class FakeRecogniser implements EntityRecogniser {
    private record Form(String surface, EntityLabel label, String entity, String context) {
    }

    private final List<Form> forms = new ArrayList<>();
    final AtomicInteger runs = new AtomicInteger();
    volatile RuntimeException failure;

    /** {@code surface} is a mention of {@code entity} (the canonical name) in category {@code label}. */
    FakeRecogniser knows(String surface, EntityLabel label, String entity) {
        return knows(surface, label, entity, null);
    }

    FakeRecogniser knows(String surface, EntityLabel label, String entity, String context) {
        forms.add(new Form(surface, label, entity, context));
        return this;
    }

    @Override
    public EntityAnalysis recognise(String text) {
        runs.incrementAndGet();
        if (failure != null) {
            throw failure;
        }
        List<Mention> mentions = new ArrayList<>();
        for (Form f : forms) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(f.surface()) + "\\b").matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (mentions.stream().noneMatch(x -> x.overlaps(start, end))) {
                    mentions.add(new Mention(start, end, f.surface(), f.label(), id(f.entity()), f.context()));
                }
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : mentions) {
            aliases.computeIfAbsent(m.entity(), k -> new LinkedHashSet<>()).add(m.text());
            counts.merge(m.entity(), 1, Integer::sum);
        }
        List<Entity> entities = new ArrayList<>();
        for (Form f : forms) {
            String id = id(f.entity());
            if (counts.containsKey(id) && entities.stream().noneMatch(e -> e.id().equals(id))) {
                entities.add(new Entity(id, f.entity(), f.label(), List.copyOf(aliases.get(id)), counts.get(id)));
            }
        }
        return new EntityAnalysis(mentions, entities);
    }

    private static String id(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    @Override
    public String version() {
        return "fake-" + forms.size();
    }
}

package org.newslens.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;

/** Builds the recogniser's answer for a test text by hand: every occurrence of each name, grouped by a canonical name. */
final class Entities {
    private final String text;
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();

    Entities(String text) {
        this.text = text;
    }

    /** Every occurrence of {@code words} as a mention of {@code canonical}. */
    Entities add(String words, EntityLabel label, String canonical) {
        String id = label.name().toLowerCase(Locale.ROOT) + ":" + canonical.toLowerCase(Locale.ROOT).replace(' ', '-');
        int count = 0;
        for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + words.length())) {
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            int e = i + words.length();
            boolean wordEnd = e == text.length() || !Character.isLetterOrDigit(text.charAt(e));
            if (wordStart && wordEnd) {
                mentions.add(new Mention(i, e, words, label, id, null));
                count++;
            }
        }
        Entity old = entities.get(id);
        entities.put(id, new Entity(id, canonical, label, List.of(), count + (old == null ? 0 : old.mentions())));
        return this;
    }

    Entities add(String words, EntityLabel label) {
        return add(words, label, words);
    }

    EntityAnalysis analysis() {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start));
        return new EntityAnalysis(sorted, new ArrayList<>(entities.values()));
    }
}

package org.newslens.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.newslens.annotation.Annotation;
import org.newslens.article.Article;
import org.newslens.article.TextRange;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.Mention;

/** Turns an export choice into passages: highlights as they are, entities and query hits as whole sentences. */
public final class PassageFinder {
    private final QueryHits queryHits;
    private final SentencePassages sentences = new SentencePassages();

    public PassageFinder(QueryHits queryHits) {
        this.queryHits = queryHits;
    }

    /**
     * @param annotations the placed highlights, in reading order
     * @param orphans     highlights that could not be placed in the current text
     * @param entities    the (corrected) entities of the article; empty when not known
     * @throws IllegalArgumentException when the entity is not in the article, with a message for the user
     * @throws QueryHits.BadQueryException when the query cannot be read
     */
    public ExportDocument find(Article article, List<Annotation> annotations, List<Annotation> orphans,
                               EntityAnalysis entities, ExportSelection selection, Instant now)
            throws QueryHits.BadQueryException {
        return find(article, annotations, orphans, List.of(), entities, selection, now);
    }

    /** As above, with the notes on the whole article ({@code store.articleNotes()}): all of them for all highlights, those with the tag for a tag. */
    public ExportDocument find(Article article, List<Annotation> annotations, List<Annotation> orphans, List<Annotation> articleNotes,
                               EntityAnalysis entities, ExportSelection selection, Instant now)
            throws QueryHits.BadQueryException {
        EntityAnalysis analysis = entities == null ? EntityAnalysis.empty() : entities;
        List<Passage> passages = new ArrayList<>();
        List<Annotation> matchingOrphans = new ArrayList<>();
        switch (selection.kind()) {
            case HIGHLIGHTS, COLOUR, TAG -> {
                Predicate<Annotation> wanted = switch (selection.kind()) {
                    case COLOUR -> a -> a.colour().id().equals(selection.value());
                    case TAG -> a -> a.tags().stream().anyMatch(t -> t.equalsIgnoreCase(selection.value()));
                    default -> a -> true;
                };
                for (Annotation a : annotations) {
                    if (wanted.test(a)) {
                        passages.add(passage(article, a.start(), a.end(), a, analysis));
                    }
                }
                orphans.stream().filter(wanted).forEach(matchingOrphans::add);
            }
            case ENTITY -> {
                Entity entity = entity(analysis, selection.value());
                List<TextRange> mentions = analysis.mentions().stream()
                        .filter(m -> m.entity().equals(entity.id()))
                        .map(m -> new TextRange(m.start(), m.end()))
                        .toList();
                for (TextRange r : sentences.around(article, mentions)) {
                    passages.add(passage(article, r.start(), r.end(), null, analysis));
                }
            }
            case QUERY -> {
                for (TextRange r : sentences.around(article, queryHits.find(article, analysis, selection.value()))) {
                    passages.add(passage(article, r.start(), r.end(), null, analysis));
                }
            }
            case ENTITY_LIST -> {
                // an entity list has no passages: its content is the entities themselves
            }
        }
        List<Annotation> notes = switch (selection.kind()) {
            case HIGHLIGHTS -> articleNotes;
            case TAG -> articleNotes.stream().filter(a -> a.tags().stream().anyMatch(t -> t.equalsIgnoreCase(selection.value()))).toList();
            default -> List.of();
        };
        return new ExportDocument(article, selection, passages, matchingOrphans, analysis, now, notes);
    }

    /** The entity named (or aliased) {@code name}, ignoring case. */
    public static Entity entity(EntityAnalysis analysis, String name) {
        for (Entity e : analysis.entities()) {
            if (e.name().equalsIgnoreCase(name)) {
                return e;
            }
        }
        for (Entity e : analysis.entities()) {
            if (e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name))) {
                return e;
            }
        }
        throw new IllegalArgumentException("no entity named '" + name + "' in this article");
    }

    private static Passage passage(Article article, int start, int end, Annotation a, EntityAnalysis analysis) {
        Map<String, Passage.EntityRef> named = new LinkedHashMap<>();
        Map<String, Entity> byId = new LinkedHashMap<>();
        analysis.entities().forEach(e -> byId.put(e.id(), e));
        for (Mention m : analysis.mentions()) {
            if (m.overlaps(start, end)) {
                Entity e = byId.get(m.entity());
                String name = e != null ? e.name() : m.text();
                named.putIfAbsent(m.entity(), new Passage.EntityRef(name, m.label().exportName()));
            }
        }
        return new Passage(start, end, article.paragraphAt(start).number(), article.text().substring(start, end),
                a == null ? "" : a.note(), a == null ? List.of() : a.tags(), a == null ? null : a.colour(),
                List.copyOf(named.values()), a);
    }
}

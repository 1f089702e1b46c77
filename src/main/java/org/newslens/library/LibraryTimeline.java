package org.newslens.library;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.newslens.analysis.TimeExpression;
import org.newslens.analysis.Timeline;
import org.newslens.index.ArticleIndex;
import org.newslens.index.EntitySummary;
import org.newslens.index.LibraryArticle;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.Mention;

/**
 * The timeline of the whole library: every date the articles state (normalised against each article's own date by
 * {@link Timeline}), in time order, each with its sentence and article; filtered by entity, only the dates in a
 * sentence that names it. Reads the library one article at a time and keeps only the earliest {@code max} dates.
 */
public final class LibraryTimeline {
    /** One date of the library's timeline. */
    public record Entry(Path file, String contentHash, String title, LocalDate articleDate, TimeExpression time,
                        String sentence, List<String> names) {
        /** "2021-07-09", "2021-07-05/2021-07-09". */
        public String when() {
            return time.value();
        }
    }

    /**
     * @param entries  the dates, earliest first
     * @param found    how many dates matched (more than {@code entries} when the list was cut)
     * @param articles how many articles they are in
     */
    public record Result(List<Entry> entries, int found, int articles) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing((Entry e) -> e.time().from())
            .thenComparing(e -> e.time().to())
            .thenComparing(Entry::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparingInt(e -> e.time().start());

    private final ArticleIndex index;
    private final Timeline timeline = new Timeline();

    public LibraryTimeline(ArticleIndex index) {
        this.index = index;
    }

    /**
     * @param entity a name or alias (any case), or blank for every date
     * @param max    at most this many dates are kept, the earliest
     */
    public Result build(String entity, int max, BooleanSupplier cancelled) {
        String wanted = entity == null || entity.isBlank() ? null : ArticleIndex.foldName(entity);
        PriorityQueue<Entry> latestFirst = new PriorityQueue<>(ORDER.reversed());
        int[] found = new int[1];
        Set<String> articles = new HashSet<>();
        Set<String> texts = new HashSet<>();
        java.util.function.Consumer<LibraryArticle> visitor = a -> {
            if (cancelled.getAsBoolean() || !texts.add(a.contentHash())) {
                return; // a copy of a text already read has the same dates
            }
            Set<Integer> named = wanted == null ? null : named(a, wanted);
            if (named != null && named.isEmpty()) {
                return;
            }
            for (Entry e : dates(a, named)) {
                found[0]++;
                articles.add(a.contentHash());
                latestFirst.add(e);
                if (latestFirst.size() > max) {
                    latestFirst.poll();
                }
            }
        };
        if (wanted == null) {
            index.forEachArticle(visitor);
        } else {
            index.forEachArticleNaming(List.of(entity), visitor); // the index finds the articles: the others are never read
        }
        List<Entry> out = new ArrayList<>(latestFirst);
        out.sort(ORDER);
        return new Result(out, found[0], articles.size());
    }

    /** The article's entities (indices) going by the folded name. */
    private static Set<Integer> named(LibraryArticle a, String wanted) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < a.entities().size(); i++) {
            EntitySummary e = a.entities().get(i);
            if (ArticleIndex.foldName(e.name()).equals(wanted)
                    || e.aliases().stream().anyMatch(alias -> ArticleIndex.foldName(alias).equals(wanted))) {
                out.add(i);
            }
        }
        return out;
    }

    /** The placed dates of one article; with {@code named}, only those in a sentence that mentions one of those entities. */
    private List<Entry> dates(LibraryArticle a, Set<Integer> named) {
        String text = a.text();
        List<Mention> mentions = new ArrayList<>(a.mentions().size());
        for (LibraryArticle.EntityAt m : a.mentions()) {
            if (m.entity() < 0 || m.entity() >= a.entities().size() || m.end() > text.length() || m.start() < 0 || m.start() >= m.end()) {
                continue;
            }
            EntitySummary e = a.entities().get(m.entity());
            mentions.add(new Mention(m.start(), m.end(), text.substring(m.start(), m.end()), e.label(), Integer.toString(m.entity()), null));
        }
        List<Entry> out = new ArrayList<>();
        for (TimeExpression t : timeline.build(text, new EntityAnalysis(mentions, List.of()), a.dated())) {
            if (t.from() == null || t.kind() == TimeExpression.Kind.DURATION || t.kind() == TimeExpression.Kind.UNRESOLVED) {
                continue;
            }
            int s = Math.max(0, Math.min(t.sentenceStart(), text.length()));
            int end = Math.max(s, Math.min(t.sentenceEnd(), text.length()));
            boolean namesIt = named == null;
            Set<String> names = new LinkedHashSet<>();
            for (Mention m : mentions) {
                if (m.start() >= s && m.end() <= end) {
                    namesIt |= named != null && named.contains(Integer.parseInt(m.entity()));
                    if (m.label().isName()) {
                        names.add(a.entities().get(Integer.parseInt(m.entity())).name());
                    }
                }
            }
            if (namesIt) {
                out.add(new Entry(a.file(), a.contentHash(), a.title(), a.dated(), t, text.substring(s, end), List.copyOf(names)));
            }
        }
        return out;
    }
}

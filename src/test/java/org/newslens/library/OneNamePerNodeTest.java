package org.newslens.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.nlp.EntityLabel;

/**
 * A name the recogniser put in different categories in different articles (or twice in one) is one entity of the
 * library: one node of the graph, one line of an entity page, in the category it has most often.
 */
class OneNamePerNodeTest {
    private static final String HIRED = "Facebook hired Anna Berg. Facebook grew.\n\nNobody else came.";
    private static final String SUED = "Anna Berg sued Facebook in Kandor.\n\nIt rained.";
    private static final String SAW = "Anna Berg saw Kandor. Facebook and facebook agreed.";

    @TempDir
    Path dir;

    private void fill(LuceneArticleIndex index) {
        index.index(InventedLibrary.article(dir.resolve("hired.txt"), HIRED, "2024-01-01T09:00:00Z"), new InventedLibrary.Analysis(HIRED)
                .entity(EntityLabel.GROUP, "Facebook", List.of(), "Facebook")
                .entity(EntityLabel.PERSON, "Anna Berg", List.of(), "Anna Berg").build());
        index.index(InventedLibrary.article(dir.resolve("sued.txt"), SUED, "2024-01-02T09:00:00Z"), new InventedLibrary.Analysis(SUED)
                .entity(EntityLabel.PERSON, "Anna Berg", List.of(), "Anna Berg")
                .entity(EntityLabel.PLACE, "Facebook", List.of(), "Facebook")
                .entity(EntityLabel.GROUP, "Kandor", List.of(), "Kandor").build());
        index.index(InventedLibrary.article(dir.resolve("saw.txt"), SAW, "2024-01-03T09:00:00Z"), new InventedLibrary.Analysis(SAW)
                .entity(EntityLabel.PERSON, "Anna Berg", List.of(), "Anna Berg")
                .entity(EntityLabel.PLACE, "Kandor", List.of(), "Kandor")
                .entity(EntityLabel.PERSON, "Facebook", List.of(), "Facebook")
                .entity(EntityLabel.GROUP, "facebook", List.of(), "facebook").build());
        index.commit();
    }

    private CooccurrenceGraph graph(Set<EntityLabel> categories) {
        try (LuceneArticleIndex index = LuceneArticleIndex.inMemory()) {
            fill(index);
            return new CooccurrenceGraphs(categories, 1).of(index);
        }
    }

    private static CooccurrenceGraph.Node only(CooccurrenceGraph g, String name) {
        List<CooccurrenceGraph.Node> named = g.nodes().stream().filter(n -> n.name().equalsIgnoreCase(name)).toList();
        assertEquals(1, named.size(), "one node for " + name + ": " + g.nodes());
        return named.get(0);
    }

    @Test
    void aNameInThreeCategoriesIsOneNodeInItsMostMentionedCategory() {
        CooccurrenceGraph g = graph(Set.of());
        assertEquals(3, g.nodes().size(), g.nodes().toString());
        CooccurrenceGraph.Node facebook = only(g, "Facebook");
        assertEquals("GROUP", facebook.category(), "group 3 mentions, place 1, person 1");
        assertEquals(5, facebook.mentions());
        assertEquals(3, facebook.articles(), "an article naming it in two categories counts once");
        CooccurrenceGraph.Node anna = only(g, "Anna Berg");
        List<CooccurrenceGraph.Edge> annaFacebook = g.edges().stream()
                .filter(e -> Set.of(e.source(), e.target()).equals(Set.of(anna.id(), facebook.id()))).toList();
        assertEquals(1, annaFacebook.size(), "one link: " + g.edges());
        assertEquals(2, annaFacebook.get(0).weight(), "the sentences of both categories");
        assertEquals(Set.of("hired.txt", "sued.txt"), annaFacebook.get(0).evidence().stream()
                .map(e -> Path.of(e.file()).getFileName().toString()).collect(Collectors.toSet()));
    }

    @Test
    void aTieGoesToTheCategoryDeclaredFirst() {
        assertEquals("PLACE", only(graph(Set.of()), "Kandor").category(), "group once, place once: place comes before group");
    }

    @Test
    void theCategoryFilterUsesTheNamesCategory() {
        CooccurrenceGraph places = graph(Set.of(EntityLabel.PLACE));
        assertEquals(List.of("Kandor"), places.nodes().stream().map(CooccurrenceGraph.Node::name).toList());
        assertEquals(List.of(), places.edges());
        CooccurrenceGraph groups = graph(Set.of(EntityLabel.GROUP, EntityLabel.PERSON));
        assertEquals(Set.of("Facebook", "Anna Berg"), groups.nodes().stream().map(CooccurrenceGraph.Node::name).collect(Collectors.toSet()));
        assertEquals(1, groups.edges().size());
        assertEquals(5, only(groups, "Facebook").mentions(), "its mentions as a place and a person stay counted");
    }

    @Test
    void exportsNameItOnceWithItsCategory() throws Exception {
        CooccurrenceGraph g = graph(Set.of());
        StringWriter out = new StringWriter();
        new GraphWriter().write(g, GraphWriter.Format.csv, out);
        List<String[]> rows;
        try (MappingIterator<String[]> it = new CsvMapper().readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(out.toString())) {
            rows = it.readAll();
        }
        Set<String> facebookCategories = rows.stream().skip(1)
                .flatMap(r -> java.util.stream.Stream.of(List.of(r[0], r[1]), List.of(r[2], r[3])))
                .filter(p -> p.get(0).equalsIgnoreCase("facebook")).map(p -> p.get(1)).collect(Collectors.toSet());
        assertEquals(Set.of("GROUP"), facebookCategories);
        StringWriter gexf = new StringWriter();
        new GraphWriter().write(g, GraphWriter.Format.gexf, gexf);
        assertEquals(1, gexf.toString().split("label=\"Facebook\"", -1).length - 1, gexf.toString());
    }

    @Test
    void anEntityPageListsTheNameOnceAmongThoseAppearingWithIt() {
        try (LuceneArticleIndex index = LuceneArticleIndex.inMemory()) {
            fill(index);
            EntityPages pages = new EntityPages(index);
            EntityPage anna = pages.page("Anna Berg");
            var with = anna.appearsWith().stream().collect(Collectors.toMap(c -> c.name().toLowerCase(java.util.Locale.ROOT),
                    Function.identity(), (a, b) -> {
                        throw new AssertionError("listed twice: " + a + ", " + b);
                    }));
            assertEquals(Set.of("facebook", "kandor"), with.keySet());
            assertEquals("GROUP", with.get("facebook").category());
            assertEquals(2, with.get("facebook").sentences());
            assertEquals("PLACE", with.get("kandor").category());
            EntityPage facebook = pages.page("Facebook");
            assertEquals(List.of("GROUP", "PERSON", "PLACE"), facebook.categories());
            assertEquals(3, facebook.articleCount());
            assertTrue(facebook.mentions() >= 5, "every category's mentions: " + facebook.mentions());
        }
    }
}

package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;

/** Issue 15.13 and 8: the JSON says which text its offsets point into, and keeps the fields scripts read. */
class SelfContainedOutputTest {
    @TempDir
    Path dir;

    private Path article() throws Exception {
        return Files.writeString(dir.resolve("a.txt"), "Ferry news\n\nAngela Merkel met Emmanuel Macron in Paris on Monday. "
                + "Ferries stay in port. Case " + UUID.randomUUID() + ".");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void infoKeepsItsFieldsInOrderAndNamesItsText() throws Exception {
        Path file = article();
        Article article = new ArticleLoader().load(file);
        CliRun run = CliRun.of("info", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(run.out());
        assertEquals(List.of("file", "title", "byline", "author", "published", "site", "language", "format", "encoding",
                "wordCount", "readingMinutes", "sha256", "paragraphs"), fields(json));
        assertTrue(json.get("byline").isNull(), "a missing byline is null, as before");
        assertEquals(List.of("number", "start", "end", "kind", "text"), fields(json.get("paragraphs").get(0)));
        assertEquals(ArticleLoader.sha256(article.text()), json.get("sha256").asText());
    }

    @Test
    void entitiesCarryTheHashAndWithTextTheTextTheirOffsetsPointInto() throws Exception {
        Path file = article();
        String text = new ArticleLoader().load(file).text();
        CliRun plain = CliRun.of("entities", file.toString());
        assertEquals(0, plain.exitCode(), plain.err());
        JsonNode json = Json.mapper().readTree(plain.out());
        assertEquals(List.of("file", "sha256", "mentions", "entities"), fields(json));
        assertEquals(ArticleLoader.sha256(text), json.get("sha256").asText());

        CliRun withText = CliRun.of("entities", file.toString(), "--with-text");
        JsonNode full = Json.mapper().readTree(withText.out());
        assertEquals(text, full.get("text").asText());
        assertFalse(full.get("mentions").isEmpty());
        for (JsonNode m : full.get("mentions")) {
            assertEquals(m.get("text").asText(), full.get("text").asText().substring(m.get("start").asInt(), m.get("end").asInt()));
            assertEquals(List.of("start", "end", "text", "label", "entity"), fields(m).subList(0, 5));
        }

        CliRun tsv = CliRun.of("entities", file.toString(), "--format", "tsv");
        assertEquals(List.of("# " + file, "# sha256 " + ArticleLoader.sha256(text), "start\tend\ttext\tlabel\tentity\tcontext"),
                tsv.out().lines().limit(3).toList());
    }

    @Test
    void searchNamesEachArticleItsHitsPointInto() throws Exception {
        Path file = article();
        String text = new ArticleLoader().load(file).text();
        CliRun run = CliRun.of("search", file.toString(), "ferries", "--with-text");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(run.out());
        assertEquals(List.of("query", "total", "articles", "hits"), fields(json));
        JsonNode a = json.get("articles").get(0);
        assertEquals(file.toString(), a.get("file").asText());
        assertEquals(ArticleLoader.sha256(text), a.get("sha256").asText());
        assertEquals(text, a.get("text").asText());
        JsonNode hit = json.get("hits").get(0);
        assertEquals(List.of("file", "start", "end", "text", "paragraph", "snippet"), fields(hit));
        assertEquals(hit.get("text").asText(), text.substring(hit.get("start").asInt(), hit.get("end").asInt()));

        JsonNode without = Json.mapper().readTree(CliRun.of("search", file.toString(), "ferries").out());
        assertFalse(without.get("articles").get(0).has("text"));
    }

    @Test
    void theAnalysisCommandsNameTheirTextToo() throws Exception {
        Path file = Files.writeString(dir.resolve("q.txt"), "Talks\n\n\"We will stay,\" Angela Merkel said on Monday. Case "
                + UUID.randomUUID() + ".");
        String text = new ArticleLoader().load(file).text();
        CliRun run = CliRun.of("quotes", file.toString(), "--with-text");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(run.out());
        assertEquals(List.of("file", "sha256", "text"), fields(json).subList(0, 3));
        assertEquals(ArticleLoader.sha256(text), json.get("sha256").asText());
        assertEquals(text, json.get("text").asText());
        CliRun tsv = CliRun.of("timeline", file.toString(), "--format", "tsv");
        assertEquals(0, tsv.exitCode(), tsv.err());
        assertEquals(List.of("# " + file, "# sha256 " + ArticleLoader.sha256(text)), tsv.out().lines().limit(2).toList());
    }
}

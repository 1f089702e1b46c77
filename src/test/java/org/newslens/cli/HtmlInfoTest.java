package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoadException;
import org.newslens.article.ArticleLoader;
import org.newslens.article.GeneratedPages;

/** `info` on saved web pages: the page's metadata beside the existing fields, and the loader's text exactly. */
class HtmlInfoTest {
    @TempDir
    Path dir;

    @Test
    void infoPrintsAuthorPublishedSiteAndLanguage() throws Exception {
        Path page = Files.writeString(dir.resolve("story.html"), """
                <!doctype html><html lang="en-GB"><head><meta charset="utf-8">
                <title>Harbour reopens | Coast Times</title>
                <meta property="og:site_name" content="Coast Times">
                <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
                </head><body><article><h1>Harbour reopens</h1><p class="byline">By Amina Khan</p>
                <p>The harbour reopened on Tuesday after a week of storms, the authority said.</p></article></body></html>
                """);
        CliRun run = CliRun.of("info", page.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(run.out());
        assertEquals("Harbour reopens", json.get("title").asText());
        assertEquals("Amina Khan", json.get("author").asText());
        assertEquals("2024-03-05T09:30+01:00", json.get("published").asText());
        assertEquals("Coast Times", json.get("site").asText());
        assertEquals("en-GB", json.get("language").asText());
    }

    @Test
    void infoShowsTheTextEveryOtherCommandLoads() throws Exception {
        for (int seed = 0; seed < 25; seed++) {
            Path page = Files.writeString(dir.resolve("p" + seed + ".html"), GeneratedPages.page(seed));
            Article loaded;
            try {
                loaded = new ArticleLoader().load(page);
            } catch (ArticleLoadException e) {
                CliRun refused = CliRun.of("info", page.toString());
                assertEquals(2, refused.exitCode(), "a page the loader refuses is refused by info too");
                continue;
            }
            CliRun run = CliRun.of("info", page.toString());
            assertEquals(0, run.exitCode(), run.err());
            JsonNode paragraphs = Json.mapper().readTree(run.out()).get("paragraphs");
            assertEquals(loaded.paragraphs().size(), paragraphs.size(), "page " + seed);
            for (int i = 0; i < paragraphs.size(); i++) {
                assertEquals(loaded.paragraphText(loaded.paragraphs().get(i)), paragraphs.get(i).get("text").asText());
            }
            assertTrue(paragraphs.size() > 0);
        }
    }
}

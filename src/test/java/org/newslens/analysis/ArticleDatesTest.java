package org.newslens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoadException;
import org.newslens.article.ArticleLoader;

class ArticleDatesTest {
    private static LocalDate dateOf(String text) throws ArticleLoadException {
        Article article = new ArticleLoader().fromPlainText(Path.of("story.txt"), "A harbour reopens\n\n" + text);
        ArticleDates.Found found = ArticleDates.find(article);
        return found == null ? null : found.date();
    }

    @Test
    void wireDatelinesWithTheMonthFirstAreRead() throws ArticleLoadException {
        assertEquals(LocalDate.of(2021, 7, 9), dateOf("KABUL, July 9, 2021 (Reuters) - The harbour reopened."));
        assertEquals(LocalDate.of(2021, 1, 8), dateOf("WASHINGTON, Friday, Jan. 8 2021 - The harbour reopened."));
        assertEquals(LocalDate.of(2023, 9, 14), dateOf("GENEVA, Sept. 14, 2023 - The harbour reopened."));
    }

    @Test
    void datelinesWithTheDayFirstAreRead() throws ArticleLoadException {
        assertEquals(LocalDate.of(2024, 3, 12), dateOf("ROTTERDAM, 12 March 2024 - The harbour reopened."));
        assertEquals(LocalDate.of(2019, 10, 3), dateOf("Port Louis, 3 Oct 2019 (AFP) – The harbour reopened."));
        assertEquals(LocalDate.of(2022, 6, 30), dateOf("NAIROBI, Thursday 30 JUNE 2022 - The harbour reopened."));
    }

    @Test
    void aDayTheMonthDoesNotHaveIsNoDate() throws ArticleLoadException {
        assertNull(dateOf("OSLO, 30 February 2023 - The harbour reopened."));
        assertNull(dateOf("The harbour reopened on 12 March 2024, officials said."));
    }
}

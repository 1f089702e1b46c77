package org.newslens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;

/** The binary entity list and the article table kept beside each document read back what was indexed. */
class ArticleTableTest {
    @TempDir
    Path dir;

    @Test
    void theEntityListReadsBackWhatWasWrittenAndRefusesWhatIsNone() {
        List<EntitySummary> list = List.of(
                new EntitySummary("Maria \"La\" Ortiz", EntityLabel.PERSON, List.of("Ortiz", "M. Ortiz"), 3),
                new EntitySummary("Zürich ☃ \\ / \n", EntityLabel.PLACE, List.of(), 1),
                new EntitySummary("40 million dollars", EntityLabel.FIGURE, List.of(), 12));
        assertEquals(list, EntityListCodec.decode(new BytesRef(EntityListCodec.encode(list))));
        assertEquals(List.of(), EntityListCodec.decode(new BytesRef(EntityListCodec.encode(List.of()))));
        assertThrows(IllegalArgumentException.class, () -> EntityListCodec.decode(new BytesRef(new byte[] {3, 1, 2})));
        assertThrows(IllegalArgumentException.class, () -> EntityListCodec.decode(new BytesRef(new byte[] {1, 99, 0, 0, 0})));
    }

    @Test
    void theTableOfAnIndexedArticleIsTheArticleWithoutItsText() throws Exception {
        String text = "KANDOR, February 4, 2024 - Maria Ortiz opened the harbour. Paul Kern watched.\n\nOrtiz left. Kern stayed on.";
        Article article = new ArticleLoader().fromPlainText(dir.resolve("harbour.txt"), text);
        List<Mention> mentions = new ArrayList<>();
        // the words, where they are (found after the given text), the entity
        for (String[] m : new String[][] {{"Maria Ortiz", "", "p:ortiz"}, {"Paul Kern", "", "p:kern"}, {"Ortiz", "\n", "p:ortiz"},
                {"Kern", "Ortiz left", "p:kern"}}) {
            int at = text.indexOf(m[0], m[1].isEmpty() ? 0 : text.indexOf(m[1]));
            mentions.add(new Mention(at, at + m[0].length(), m[0], EntityLabel.PERSON, m[2], null));
        }
        EntityAnalysis analysis = new EntityAnalysis(mentions, List.of(
                new Entity("p:ortiz", "Maria Ortiz", EntityLabel.PERSON, List.of("Ortiz"), 2),
                new Entity("p:kern", "Paul Kern", EntityLabel.PERSON, List.of("Kern"), 2)));
        List<ArticleTable> tables = new ArrayList<>();
        List<LibraryArticle> read = new ArrayList<>();
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir.resolve("index"))) {
            index.index(article, analysis);
            index.commit();
            index.forEachTableNaming(List.of("KERN"), tables::add);
            index.forEachArticleKeyed(List.of(tables.get(0).key()), read::add);
        }
        assertEquals(1, tables.size());
        ArticleTable t = tables.get(0);
        LibraryArticle a = read.get(0);
        assertEquals(a.file().toString(), t.file());
        assertEquals(ArticleTable.keyOf(a), t.key());
        assertEquals(a.contentHash(), t.contentHash());
        assertEquals(a.title(), t.title());
        assertEquals("2024-02-04", t.published(), "no publication date: the dateline's day");
        assertEquals(a.entities(), t.entities());
        assertEquals(a.mentions().size(), t.mentionCount());
        ArticleTable split = ArticleTable.of(a);
        for (int i = 0; i < t.mentionCount(); i++) {
            LibraryArticle.EntityAt m = a.mentions().get(i);
            assertEquals(List.of(m.entity(), m.start(), m.end()), List.of(t.mentionEntity(i), t.mentionStart(i), t.mentionEnd(i)));
            assertEquals(split.sentenceAt(m.start()), t.sentenceAt(m.start()), "the stored sentences are the text's");
            assertEquals(split.paragraphAt(m.start()), t.paragraphAt(m.start()));
        }
        assertEquals(0, t.sentenceAt(text.indexOf("Maria")));
        assertEquals(1, t.sentenceAt(text.indexOf("Paul Kern")));
        assertEquals(2, t.sentenceAt(text.indexOf("Ortiz left")));
        assertEquals(1, t.paragraphAt(text.indexOf("Kern stayed")));
        assertEquals(-1, t.sentenceAt(text.indexOf("\n\n")), "between paragraphs is no sentence");
        assertEquals(t.when(), split.when());
    }

    @Test
    void anUnreadableTableIsLeftOutNotThePage() throws Exception {
        Path folder = dir.resolve("bad-table");
        try (FSDirectory fs = FSDirectory.open(folder);
             IndexWriter w = new IndexWriter(fs, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(IndexFields.SCHEMA_KEY, IndexFields.SCHEMA_VERSION).entrySet());
            Document d = new Document();
            d.add(new StringField(IndexFields.KEY, "text:0", Field.Store.YES));
            d.add(new StringField(IndexFields.HASH, "0", Field.Store.YES));
            d.add(new StringField(IndexFields.ENTITY_NAME, "kern", Field.Store.NO));
            d.add(new BinaryDocValuesField(IndexFields.ARTICLE_TABLE, new BytesRef(new byte[] {5, 1, 2})));
            w.addDocument(d);
            w.commit();
        }
        List<ArticleTable> tables = new ArrayList<>();
        try (LuceneArticleIndex index = LuceneArticleIndex.open(folder)) {
            index.forEachTableNaming(List.of("Kern"), tables::add);
        }
        assertEquals(List.of(), tables);
    }

    @Test
    void anIndexOfTheSchemaBeforeIsRebuiltFromItsArticles() throws Exception {
        Path folder = dir.resolve("old-index");
        try (FSDirectory fs = FSDirectory.open(folder);
             IndexWriter w = new IndexWriter(fs, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(IndexFields.SCHEMA_KEY, "7").entrySet());
            w.addDocument(new Document());
            w.commit();
        }
        try (LuceneArticleIndex index = LuceneArticleIndex.open(folder)) {
            assertTrue(index.recovery().isPresent(), "an index without article tables must be built again");
            assertTrue(index.recovery().get().reason().contains("another version"), index.recovery().get().reason());
            assertEquals(0, index.size());
        }
    }
}

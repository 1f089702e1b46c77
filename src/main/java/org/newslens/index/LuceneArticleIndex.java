package org.newslens.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.article.Paragraph;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ArticleIndex} over Lucene: one document per article. The text is indexed twice with offsets
 * (stemmed for words and phrases, unstemmed for wildcards and fuzzy terms); each entity field holds the
 * names of the mentions at the mentions' own offsets. Hits come from the Matches API, so every hit is a
 * character range of the text a reader sees.
 */
public final class LuceneArticleIndex implements ArticleIndex {
    private static final Logger LOG = LoggerFactory.getLogger(LuceneArticleIndex.class);

    private static final int SNIPPET_WIDTH = 80;
    private static final int TOP_ENTITIES = 5;
    private static final FieldType OFFSETS = offsetsType();
    private static final Set<String> HIT_FIELDS = hitFields();
    /** Articles whose text and paragraph table stay decoded for the next hits: about what the library view shows a few times over. */
    private static final int RECENT_HIT_ARTICLES = 500;
    private static final long RECENT_HIT_CHARS = 4_000_000;
    private static final Set<String> LIST_DOC_FIELDS = Set.of(IndexFields.KEY, IndexFields.HASH, IndexFields.FILE,
            IndexFields.TITLE, IndexFields.ENTITIES);
    private static final TypeReference<List<EntitySummary>> ENTITY_LIST = new TypeReference<>() {
    };

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer stemming = TextAnalyzer.stemming();
    private final Analyzer folding = TextAnalyzer.folding();
    private final Analyzer names = TextAnalyzer.folding();
    private final QueryBarParser parser = new QueryBarParser(stemming, folding);
    private final ObjectMapper json = Json.mapper();
    private final EntitySuggester suggester = new EntitySuggester();
    private final Map<String, String> hashByKey = new ConcurrentHashMap<>();
    private final Map<String, Integer> hashCounts = new ConcurrentHashMap<>();
    private final Map<String, String> entityPrintByKey = new ConcurrentHashMap<>();
    private final Object writeLock = new Object();
    private volatile boolean suggestionsStale = true;
    /** Counts changes to the writer's documents: a search refreshes its reader only when some came after the last refresh. */
    private volatile long changes = 1;
    private volatile long refreshedAt;
    private final Object refreshLock = new Object();
    private final HitDocuments hitDocuments = new HitDocuments(RECENT_HIT_ARTICLES, RECENT_HIT_CHARS);

    private LuceneArticleIndex(Directory directory, boolean create) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(folding)
                .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(true);
        this.writer = new IndexWriter(directory, config);
        writer.setLiveCommitData(Map.of(IndexFields.SCHEMA_KEY, IndexFields.SCHEMA_VERSION).entrySet());
        this.searchers = new SearcherManager(writer, ArticleSearcher.factory());
        loadKeys();
    }

    /** An index that lives only as long as this object: for tests and one-off searches. */
    public static LuceneArticleIndex inMemory() {
        try {
            return new LuceneArticleIndex(new ByteBuffersDirectory(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens (or creates) the index in {@code dir}. An index that is damaged or was written by another
     * version of NewsLens is moved aside and started afresh: it only holds what can be indexed again.
     *
     * @throws IndexException when the folder cannot be used, e.g. another NewsLens process has it open
     */
    public static LuceneArticleIndex open(Path dir) {
        try {
            Files.createDirectories(dir);
            FSDirectory fs = FSDirectory.open(dir);
            boolean fresh = false;
            if (DirectoryReader.indexExists(fs)) {
                String schema = readSchema(fs);
                if (!IndexFields.SCHEMA_VERSION.equals(schema)) {
                    LOG.info("Search index {} was built by another version (schema {}); rebuilding", dir, schema);
                    fresh = true;
                }
            }
            try {
                return new LuceneArticleIndex(fs, fresh);
            } catch (LockObtainFailedException e) {
                fs.close();
                throw new IndexException("The search index " + dir + " is in use by another NewsLens process.", e);
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
                fs.close();
                Path aside = dir.resolveSibling(dir.getFileName() + ".damaged-" + System.currentTimeMillis());
                LOG.warn("Search index {} is damaged ({}); moved to {} and starting afresh", dir, e.getMessage(), aside);
                Files.move(dir, aside);
                Files.createDirectories(dir);
                return new LuceneArticleIndex(FSDirectory.open(dir), true);
            }
        } catch (IOException e) {
            throw new IndexException("Cannot open the search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String readSchema(Directory dir) {
        try {
            return SegmentInfos.readLatestCommit(dir).getUserData().get(IndexFields.SCHEMA_KEY);
        } catch (IOException e) {
            return null;
        }
    }

    private static FieldType offsetsType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(false);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private static Set<String> hitFields() {
        Set<String> fields = new LinkedHashSet<>(List.of(IndexFields.TEXT, IndexFields.EXACT, IndexFields.ENTITY));
        for (EntityLabel label : EntityLabel.values()) {
            fields.add(IndexFields.field(label));
        }
        return Set.copyOf(fields);
    }

    private void loadKeys() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            StoredFields stored = searcher.storedFields();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live == null || live.get(i)) {
                        Document d = stored.document(leaf.docBase + i,
                                Set.of(IndexFields.KEY, IndexFields.HASH, IndexFields.ENTITY_PRINT));
                        remember(d.get(IndexFields.KEY), d.get(IndexFields.HASH));
                        String print = d.get(IndexFields.ENTITY_PRINT);
                        if (print != null) {
                            entityPrintByKey.put(d.get(IndexFields.KEY), print);
                        }
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
    }

    private void remember(String key, String hash) {
        String old = hashByKey.put(key, hash);
        if (old != null) {
            hashCounts.computeIfPresent(old, (h, n) -> n > 1 ? n - 1 : null);
        }
        hashCounts.merge(hash, 1, Integer::sum);
    }

    private void forget(String key) {
        entityPrintByKey.remove(key);
        String old = hashByKey.remove(key);
        if (old != null) {
            hashCounts.computeIfPresent(old, (h, n) -> n > 1 ? n - 1 : null);
        }
    }

    // ---- indexing ----

    @Override
    public IndexOutcome index(Article article, EntityAnalysis entities) {
        String key = ArticleKeys.key(article);
        EntityAnalysis analysis = entities == null ? EntityAnalysis.empty() : entities;
        String print = EntityFingerprint.of(analysis);
        synchronized (writeLock) {
            String previous = hashByKey.get(key);
            if (article.contentHash().equals(previous) && print.equals(entityPrintByKey.get(key))) {
                return IndexOutcome.UNCHANGED;
            }
            try {
                writer.updateDocument(new Term(IndexFields.KEY, key), document(article, analysis, key, print));
            } catch (IOException e) {
                throw new IndexException("Cannot index " + describe(article) + ": " + e.getMessage(), e);
            } finally {
                changes++;
            }
            remember(key, article.contentHash());
            entityPrintByKey.put(key, print);
            suggestionsStale = true;
            return previous == null ? IndexOutcome.ADDED : IndexOutcome.REPLACED;
        }
    }

    private static String describe(Article article) {
        return article.source() != null ? article.source().toString() : "\"" + article.title() + "\"";
    }

    @Override
    public boolean isIndexed(Article article) {
        return article.contentHash().equals(hashByKey.get(ArticleKeys.key(article)));
    }

    @Override
    public boolean contains(String contentHash) {
        return hashCounts.containsKey(contentHash);
    }

    @Override
    public boolean remove(Path file) {
        String key = ArticleKeys.fileKey(file);
        synchronized (writeLock) {
            if (!hashByKey.containsKey(key)) {
                return false;
            }
            try {
                writer.deleteDocuments(new Term(IndexFields.KEY, key));
            } catch (IOException e) {
                throw new IndexException("Cannot remove " + file + " from the index: " + e.getMessage(), e);
            } finally {
                changes++;
            }
            forget(key);
            suggestionsStale = true;
            return true;
        }
    }

    @Override
    public int size() {
        return hashByKey.size();
    }

    private Document document(Article article, EntityAnalysis entities, String key, String print) throws IOException {
        String text = article.text();
        Document doc = new Document();
        doc.add(new StringField(IndexFields.KEY, key, Field.Store.YES));
        doc.add(new StringField(IndexFields.HASH, article.contentHash(), Field.Store.YES));
        doc.add(new StoredField(IndexFields.ENTITY_PRINT, print));
        if (article.source() != null) {
            doc.add(new StoredField(IndexFields.FILE, ArticleKeys.normalize(article.source())));
            for (String folder : ArticleKeys.folders(article.source())) {
                doc.add(new StringField(IndexFields.FOLDER, folder, Field.Store.NO));
            }
        }
        doc.add(new StoredField(IndexFields.TITLE, article.title() == null ? "" : article.title()));
        doc.add(new StoredField(IndexFields.BODY, text));
        doc.add(new StoredField(IndexFields.PARAGRAPHS, ParagraphTable.encode(article.paragraphs())));
        doc.add(new StoredField(IndexFields.ENTITIES, json.writeValueAsString(summaries(entities))));

        for (Map.Entry<String, List<MentionTokenStream.Token>> e : mentionTokens(entities, text.length()).entrySet()) {
            doc.add(new Field(e.getKey(), new MentionTokenStream(e.getValue(), text.length()), OFFSETS));
        }
        int[] starts = article.paragraphs().stream().mapToInt(Paragraph::start).toArray();
        doc.add(new Field(IndexFields.TEXT, new ParagraphGapFilter(stemming.tokenStream(IndexFields.TEXT, text), starts), OFFSETS));
        doc.add(new Field(IndexFields.EXACT, new ParagraphGapFilter(folding.tokenStream(IndexFields.EXACT, text), starts), OFFSETS));
        return doc;
    }

    private static List<EntitySummary> summaries(EntityAnalysis analysis) {
        Map<String, Integer> counted = new HashMap<>();
        for (Mention m : analysis.mentions()) {
            if (m.entity() != null) {
                counted.merge(m.entity(), 1, Integer::sum);
            }
        }
        List<EntitySummary> out = new ArrayList<>();
        for (Entity e : analysis.entities()) {
            int mentions = e.mentions() > 0 ? e.mentions() : counted.getOrDefault(e.id(), 0);
            out.add(new EntitySummary(e.name(), e.label(), e.aliases(), mentions));
        }
        out.sort(Comparator.comparingInt(EntitySummary::mentions).reversed().thenComparing(EntitySummary::name));
        return out;
    }

    /** For every entity field, the words of every name of every mention, at the mention's offsets. */
    private Map<String, List<MentionTokenStream.Token>> mentionTokens(EntityAnalysis analysis, int textLength) throws IOException {
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : analysis.entities()) {
            byId.put(e.id(), e);
        }
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : analysis.mentions()) {
            if (m.start() >= 0 && m.end() > m.start() && m.end() <= textLength && m.label() != null) {
                mentions.add(m);
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        Map<String, List<String>> analysed = new HashMap<>();
        Map<String, List<MentionTokenStream.Token>> fields = new HashMap<>();
        for (Mention m : mentions) {
            Set<String> variants = new LinkedHashSet<>();
            Entity entity = m.entity() == null ? null : byId.get(m.entity());
            if (entity != null) {
                variants.add(entity.name());
                variants.addAll(entity.aliases());
            }
            variants.add(m.text());
            if (m.context() != null) {
                variants.add(m.context());
            }
            for (String variant : variants) {
                if (variant == null || variant.isBlank()) {
                    continue;
                }
                List<String> terms = analysed.get(variant);
                if (terms == null) {
                    terms = terms(variant);
                    analysed.put(variant, terms);
                }
                addName(fields.computeIfAbsent(IndexFields.ENTITY, f -> new ArrayList<>()), terms, m);
                addName(fields.computeIfAbsent(IndexFields.field(m.label()), f -> new ArrayList<>()), terms, m);
            }
        }
        return fields;
    }

    private static void addName(List<MentionTokenStream.Token> tokens, List<String> terms, Mention m) {
        for (int i = 0; i < terms.size(); i++) {
            int increment = i > 0 ? 1 : tokens.isEmpty() ? 1 : ParagraphGapFilter.GAP;
            tokens.add(new MentionTokenStream.Token(terms.get(i), m.start(), m.end(), increment));
        }
    }

    private List<String> terms(String name) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = names.tokenStream(IndexFields.ENTITY, name)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    // ---- searching ----

    @Override
    public SearchResult search(String query, SearchScope scope, int maxArticles) throws QuerySyntaxException {
        Query parsed = parser.parse(query);
        if (parsed == null) {
            return SearchResult.empty(query);
        }
        IndexSearcher searcher = acquire();
        try {
            Weight weight = searcher.createWeight(searcher.rewrite(scoped(parsed, scope)), ArticleSearcher.scoreMode(), 1f);
            TopDocs top = ((ArticleSearcher) searcher).top(weight, Math.max(1, maxArticles));
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            StoredFields stored = searcher.storedFields();
            // Visit documents in index order: stored-field blocks and postings are then read forwards, once.
            ScoreDoc[] inDocOrder = top.scoreDocs.clone();
            Arrays.sort(inDocOrder, Comparator.comparingInt(sd -> sd.doc));
            Map<Integer, ArticleHits> byDoc = new HashMap<>();
            for (ScoreDoc sd : inDocOrder) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                List<int[]> spans = spans(weight.matches(leaf, sd.doc - leaf.docBase));
                byDoc.put(sd.doc, hits(hitDocuments.get(leaf, sd.doc, stored), sd.score, spans));
            }
            List<ArticleHits> articles = new ArrayList<>(top.scoreDocs.length);
            int total = 0;
            for (ScoreDoc sd : top.scoreDocs) {
                ArticleHits hits = byDoc.get(sd.doc);
                total += hits.hits().size();
                articles.add(hits);
            }
            return new SearchResult(query, total, top.totalHits.value, articles);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("The query is too broad: it expands to too many words. Make wildcards longer.", query, -1);
        } catch (IOException e) {
            throw new IndexException("Cannot search the index: " + e.getMessage(), e);
        } finally {
            release(searcher);
        }
    }

    /** The Lucene query a search for {@code query} over {@code scope} runs (null when blank): for diagnostics and benchmarks. */
    public Query luceneQuery(String query, SearchScope scope) throws QuerySyntaxException {
        Query parsed = parser.parse(query);
        return parsed == null ? null : scoped(parsed, scope);
    }

    private static Query scoped(Query query, SearchScope scope) {
        Query filter = switch (scope.kind()) {
            case ALL -> null;
            case ARTICLE -> new TermQuery(new Term(IndexFields.KEY, scope.value()));
            case FOLDER -> new TermQuery(new Term(IndexFields.FOLDER, scope.value()));
        };
        if (filter == null) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER)
                .build();
    }

    /** The character ranges a document matched at, sorted, overlapping ranges merged. */
    private static List<int[]> spans(Matches matches) throws IOException {
        List<int[]> found = new ArrayList<>();
        if (matches == null) {
            return found;
        }
        for (String field : matches) {
            if (!HIT_FIELDS.contains(field)) {
                continue;
            }
            MatchesIterator it = matches.getMatches(field);
            if (it == null) {
                continue;
            }
            while (it.next()) {
                int start = it.startOffset();
                int end = it.endOffset();
                if (start >= 0 && end > start) {
                    found.add(new int[] {start, end});
                }
            }
        }
        found.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : found) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] < last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(s.clone());
            }
        }
        return merged;
    }

    private static ArticleHits hits(HitDocuments.HitDocument doc, float score, List<int[]> spans) {
        Path file = doc.file();
        String hash = doc.hash();
        String title = doc.title();
        String body = doc.body();
        ParagraphTable paragraphs = doc.paragraphs();
        List<SearchHit> hits = new ArrayList<>(spans.size());
        for (int[] s : spans) {
            int start = Math.min(s[0], body.length());
            int end = Math.min(s[1], body.length());
            int p = paragraphs.indexAt(start);
            int from = p >= 0 ? Math.min(paragraphs.start(p), start) : 0;
            int to = p >= 0 ? Math.max(paragraphs.end(p), end) : body.length();
            Snippet snippet = Snippet.around(body, from, to, start, end, SNIPPET_WIDTH);
            hits.add(new SearchHit(file, hash, title, start, end, body.substring(start, end),
                    p >= 0 ? paragraphs.number(p) : 0, snippet));
        }
        return new ArticleHits(file, hash, title, score, hits);
    }

    // ---- suggestions and listing ----

    @Override
    public List<Suggestion> suggest(String prefix, int max) {
        if (prefix == null || prefix.isBlank() || max <= 0) {
            return List.of();
        }
        synchronized (suggester) {
            if (suggestionsStale) {
                suggestionsStale = false;
                suggester.rebuild(allEntities());
            }
            return suggester.lookup(prefix.strip(), max);
        }
    }

    private List<EntitySummary> allEntities() {
        List<EntitySummary> out = new ArrayList<>();
        for (StoredArticle a : storedArticles()) {
            out.addAll(a.entities());
        }
        return out;
    }

    @Override
    public List<IndexedArticle> articles() {
        List<IndexedArticle> out = new ArrayList<>();
        for (StoredArticle a : storedArticles()) {
            List<EntitySummary> top = a.entities().subList(0, Math.min(TOP_ENTITIES, a.entities().size()));
            out.add(new IndexedArticle(a.file(), a.hash(), a.title(), top));
        }
        out.sort(Comparator.comparing(IndexedArticle::title, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(a -> String.valueOf(a.file())));
        return out;
    }

    private record StoredArticle(Path file, String hash, String title, List<EntitySummary> entities) {
    }

    private List<StoredArticle> storedArticles() {
        IndexSearcher searcher = acquire();
        try {
            StoredFields stored = searcher.storedFields();
            List<StoredArticle> out = new ArrayList<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live != null && !live.get(i)) {
                        continue;
                    }
                    Document d = stored.document(leaf.docBase + i, LIST_DOC_FIELDS);
                    String file = d.get(IndexFields.FILE);
                    out.add(new StoredArticle(file == null ? null : Path.of(file), d.get(IndexFields.HASH),
                            d.get(IndexFields.TITLE), readEntities(d.get(IndexFields.ENTITIES))));
                }
            }
            return out;
        } catch (IOException e) {
            throw new IndexException("Cannot read the index: " + e.getMessage(), e);
        } finally {
            release(searcher);
        }
    }

    private List<EntitySummary> readEntities(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        try {
            return json.readValue(stored, ENTITY_LIST);
        } catch (JsonProcessingException e) {
            LOG.warn("Unreadable entity list in the index: {}", e.getOriginalMessage());
            return List.of();
        }
    }

    // ---- lifecycle ----

    private IndexSearcher acquire() {
        try {
            if (changes != refreshedAt) {
                synchronized (refreshLock) {
                    long seen = changes;
                    if (seen != refreshedAt) {
                        searchers.maybeRefreshBlocking();
                        refreshedAt = seen;
                    }
                }
            }
            return searchers.acquire();
        } catch (IOException e) {
            throw new IndexException("Cannot read the index: " + e.getMessage(), e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new IndexException("Cannot read the index: " + e.getMessage(), e);
        }
    }

    @Override
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new IndexException("Cannot save the index: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            synchronized (suggester) {
                suggester.close();
            }
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new IndexException("Cannot close the index: " + e.getMessage(), e);
        } finally {
            stemming.close();
            folding.close();
            names.close();
        }
    }
}

package org.newslens.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.newslens.article.SentenceRanges;
import org.newslens.article.TextRange;

/**
 * What a library-wide total needs of one article, without its text: who it is (file, hash, title, date), its entity
 * list, every mention (entity, start, end), its paragraphs and its sentences. Kept beside the stored document as
 * binary doc values ({@link IndexFields#ARTICLE_TABLE}), which are read without decompressing the text's block, so an
 * entity page adds up thousands of articles from these and reads the text only of the articles it lists.
 */
public final class ArticleTable {
    /** {@link #when()} of an article without any date. */
    public static final long UNDATED = Long.MAX_VALUE;

    private final String file;
    private final String contentHash;
    private final String title;
    private final String published;
    private final long when;
    private final List<EntitySummary> entities;
    private final int[] mentions;
    private final int[] paragraphs;
    private final int[] sentences;

    private ArticleTable(String file, String contentHash, String title, String published, long when, List<EntitySummary> entities,
                         int[] mentions, int[] paragraphs, int[] sentences) {
        this.file = file;
        this.contentHash = contentHash;
        this.title = title;
        this.published = published;
        this.when = when;
        this.entities = entities;
        this.mentions = mentions;
        this.paragraphs = paragraphs;
        this.sentences = sentences;
    }

    /** The table of an article read in full (for an {@link ArticleIndex} without stored tables): its sentences are split here. */
    public static ArticleTable of(LibraryArticle a) {
        int[] mentions = new int[a.mentions().size() * 3];
        for (int i = 0; i < a.mentions().size(); i++) {
            LibraryArticle.EntityAt m = a.mentions().get(i);
            mentions[i * 3] = m.entity();
            mentions[i * 3 + 1] = m.start();
            mentions[i * 3 + 2] = m.end();
        }
        return new ArticleTable(a.file() == null ? null : a.file().toString(), a.contentHash(), a.title(),
                a.published() == null ? a.dated() == null ? null : a.dated().toString() : a.published().toString(),
                when(a.published(), a.dated()), a.entities(), mentions, pairs(a.paragraphs()),
                pairs(SentenceRanges.of(a.text(), a.paragraphs())));
    }

    /** The sort key of an article's date: its publication instant, else its dateline's day at UTC midnight (epoch ms). */
    static long when(OffsetDateTime published, LocalDate dated) {
        return published != null ? published.toInstant().toEpochMilli()
                : dated == null ? UNDATED : dated.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    static int[] pairs(List<TextRange> ranges) {
        int[] out = new int[ranges.size() * 2];
        for (int i = 0; i < ranges.size(); i++) {
            out[i * 2] = ranges.get(i).start();
            out[i * 2 + 1] = ranges.get(i).end();
        }
        return out;
    }

    /**
     * The stored form.
     *
     * @param published the date the page shows: the publication date and time, else the dateline's day, else null
     * @param mentions  (entity, start, end) triples in text order
     */
    static BytesRef encode(String file, String contentHash, String title, String published, long when, List<EntitySummary> entities,
                           int[] mentions, int[] paragraphs, int[] sentences) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeString(file == null ? "" : file);
            out.writeString(contentHash == null ? "" : contentHash);
            out.writeString(title == null ? "" : title);
            out.writeString(published == null ? "" : published);
            out.writeLong(when);
            EntityListCodec.write(entities, out);
            out.writeVInt(mentions.length / 3);
            int last = 0;
            for (int i = 0; i + 2 < mentions.length; i += 3) {
                out.writeVInt(mentions[i]);
                out.writeZInt(mentions[i + 1] - last); // in text order: small steps
                out.writeVInt(mentions[i + 2] - mentions[i + 1]);
                last = mentions[i + 1];
            }
            writeRanges(out, paragraphs);
            writeRanges(out, sentences);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
        return new BytesRef(out.toArrayCopy());
    }

    private static void writeRanges(ByteBuffersDataOutput out, int[] ranges) throws IOException {
        out.writeVInt(ranges.length / 2);
        int last = 0;
        for (int i = 0; i + 1 < ranges.length; i += 2) {
            out.writeZInt(ranges[i] - last);
            out.writeVInt(ranges[i + 1] - ranges[i]);
            last = ranges[i + 1];
        }
    }

    /** Reads the stored form; an {@link IllegalArgumentException} when the bytes are not a table. */
    static ArticleTable decode(BytesRef stored) {
        try {
            ByteArrayDataInput in = new ByteArrayDataInput(stored.bytes, stored.offset, stored.length);
            String file = in.readString();
            String hash = in.readString();
            String title = in.readString();
            String published = in.readString();
            long when = in.readLong();
            List<EntitySummary> entities = EntityListCodec.read(in);
            int[] mentions = new int[in.readVInt() * 3];
            int last = 0;
            for (int i = 0; i < mentions.length; i += 3) {
                mentions[i] = in.readVInt();
                mentions[i + 1] = last + in.readZInt();
                mentions[i + 2] = mentions[i + 1] + in.readVInt();
                last = mentions[i + 1];
            }
            return new ArticleTable(file.isEmpty() ? null : file, hash, title, published.isEmpty() ? null : published, when, entities,
                    mentions, readRanges(in), readRanges(in));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an article table: " + e, e);
        }
    }

    private static int[] readRanges(ByteArrayDataInput in) throws IOException {
        int[] out = new int[in.readVInt() * 2];
        int last = 0;
        for (int i = 0; i < out.length; i += 2) {
            out[i] = last + in.readZInt();
            out[i + 1] = out[i] + in.readVInt();
            last = out[i + 1];
        }
        return out;
    }

    /** The file it was read from, or null for text without a file. */
    public String file() {
        return file;
    }

    public String contentHash() {
        return contentHash;
    }

    public String title() {
        return title;
    }

    /** The date the article gives: publication date and time (ISO-8601), else its dateline's day, else null. */
    public String published() {
        return published;
    }

    /** Its date as epoch milliseconds ({@link #UNDATED} without one): what the library sorts by. */
    public long when() {
        return when;
    }

    /** What identifies it in the index (and in {@link ArticleIndex#forEachArticleKeyed}). */
    public String key() {
        return file != null ? "file:" + file : "text:" + contentHash;
    }

    /** The key the index gives the article {@code a}. */
    public static String keyOf(LibraryArticle a) {
        return a.file() != null ? "file:" + a.file() : "text:" + a.contentHash();
    }

    /** The file as a path, or null. */
    public Path path() {
        return file == null ? null : Path.of(file);
    }

    public List<EntitySummary> entities() {
        return entities;
    }

    public int mentionCount() {
        return mentions.length / 3;
    }

    /** Index into {@link #entities()} of mention {@code i} (mentions in text order). */
    public int mentionEntity(int i) {
        return mentions[i * 3];
    }

    public int mentionStart(int i) {
        return mentions[i * 3 + 1];
    }

    public int mentionEnd(int i) {
        return mentions[i * 3 + 2];
    }

    public int paragraphCount() {
        return paragraphs.length / 2;
    }

    /** Index of the paragraph holding {@code offset}, or -1. */
    public int paragraphAt(int offset) {
        return indexOf(paragraphs, offset);
    }

    /** Index of the sentence holding {@code offset} (sentences within paragraphs, in text order), or -1. */
    public int sentenceAt(int offset) {
        return indexOf(sentences, offset);
    }

    private static int indexOf(int[] ranges, int offset) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (offset < ranges[mid * 2]) {
                hi = mid - 1;
            } else if (offset >= ranges[mid * 2 + 1]) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}

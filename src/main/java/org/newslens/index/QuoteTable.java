package org.newslens.index;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.BytesRef;
import org.newslens.analysis.Quote;
import org.newslens.analysis.QuoteKind;
import org.newslens.analysis.Speaker;

/**
 * An article's quotes as stored with it ({@link IndexFields#QUOTES}), so library-wide views read them instead of
 * finding them again: per quote its range, kind, cue and speaker (an index into the stored entity list, or none),
 * in a compact binary form (a version byte, then one record per quote).
 */
final class QuoteTable {
    private static final int VERSION = 1;
    private static final QuoteKind[] KINDS = QuoteKind.values();
    /** A cue or a speaker's name is stored up to this many characters (a typed name could be any length). */
    private static final int MAX_WORDS = 1_000;

    private QuoteTable() {
    }

    /**
     * @param quotes   the quotes, with the speakers the reader gave
     * @param entities entity id → index into the stored entity list
     */
    static byte[] encode(List<Quote> quotes, Map<String, Integer> entities, int textLength) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + quotes.size() * 48);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            List<Quote> kept = quotes.stream().filter(q -> q.start() >= 0 && q.end() > q.start() && q.end() <= textLength).toList();
            out.writeInt(kept.size());
            for (Quote q : kept) {
                out.writeInt(q.start());
                out.writeInt(q.end());
                out.writeByte(q.kind().ordinal());
                out.writeUTF(q.cue() == null ? "" : cut(q.cue()));
                out.writeInt(q.cue() == null ? -1 : q.cueStart());
                out.writeInt(q.cue() == null ? -1 : q.cueEnd());
                Speaker s = q.speaker();
                out.writeBoolean(s != null);
                if (s != null) {
                    Integer entity = s.entity() == null ? null : entities.get(s.entity());
                    out.writeInt(entity == null ? -1 : entity);
                    out.writeUTF(cut(s.name()));
                    out.writeInt(s.start());
                    out.writeInt(s.end());
                    out.writeBoolean(s.unnamed());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String cut(String words) {
        return words.length() <= MAX_WORDS ? words : words.substring(0, MAX_WORDS);
    }

    /** The stored table; none when the field is absent or not readable. */
    static List<LibraryArticle.QuoteAt> decode(BytesRef stored) {
        if (stored == null || stored.length == 0) {
            return List.of();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored.bytes, stored.offset, stored.length))) {
            if (in.readByte() != VERSION) {
                return List.of();
            }
            int n = in.readInt();
            List<LibraryArticle.QuoteAt> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int start = in.readInt();
                int end = in.readInt();
                QuoteKind kind = KINDS[in.readByte()];
                String cue = in.readUTF();
                int cueStart = in.readInt();
                int cueEnd = in.readInt();
                LibraryArticle.SpeakerAt speaker = in.readBoolean()
                        ? new LibraryArticle.SpeakerAt(in.readInt(), in.readUTF(), in.readInt(), in.readInt(), in.readBoolean()) : null;
                out.add(new LibraryArticle.QuoteAt(start, end, kind, cueStart < 0 ? null : cue, cueStart, cueEnd, speaker));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}

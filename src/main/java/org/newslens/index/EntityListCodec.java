package org.newslens.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import org.newslens.nlp.EntityLabel;

/**
 * An article's entity list in a compact binary form (the stored {@link IndexFields#ENTITIES} field and the start of
 * {@link ArticleTable}): a count, then per entity its category (its place in {@link EntityLabel}, which the schema
 * version names), its mention count, name and aliases. Every library-wide view reads one per article; parsing the
 * JSON this replaced was a fifth of an entity page's time (docs/benchmarks.md).
 */
final class EntityListCodec {
    private static final EntityLabel[] LABELS = EntityLabel.values();

    private EntityListCodec() {
    }

    static byte[] encode(List<EntitySummary> entities) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        write(entities, out);
        return out.toArrayCopy();
    }

    static void write(List<EntitySummary> entities, DataOutput out) {
        try {
            out.writeVInt(entities.size());
            for (EntitySummary e : entities) {
                out.writeByte((byte) e.label().ordinal());
                out.writeVInt(Math.max(0, e.mentions()));
                out.writeString(e.name() == null ? "" : e.name());
                out.writeVInt(e.aliases().size());
                for (String a : e.aliases()) {
                    out.writeString(a);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
    }

    /** The list; an {@link IllegalArgumentException} when the bytes are not one. */
    static List<EntitySummary> decode(BytesRef stored) {
        if (stored == null || stored.length == 0) {
            return List.of();
        }
        return read(new ByteArrayDataInput(stored.bytes, stored.offset, stored.length));
    }

    static List<EntitySummary> read(ByteArrayDataInput in) {
        try {
            return readList(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("not an entity list: " + e, e);
        }
    }

    private static List<EntitySummary> readList(ByteArrayDataInput in) throws IOException {
        try {
            int n = in.readVInt();
            List<EntitySummary> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int label = in.readByte();
                if (label < 0 || label >= LABELS.length) {
                    throw new IllegalArgumentException("unknown category " + label);
                }
                int mentions = in.readVInt();
                String name = in.readString();
                int aliasCount = in.readVInt();
                List<String> aliases = aliasCount == 0 ? List.of() : new ArrayList<>(aliasCount);
                for (int k = 0; k < aliasCount; k++) {
                    aliases.add(in.readString());
                }
                out.add(new EntitySummary(name, LABELS[label], aliases, mentions));
            }
            return out;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an entity list: " + e, e);
        }
    }
}

package org.newslens.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.Mention;

/** A digest of everything about an analysis that ends up in the entity fields: same digest, same fields. */
final class EntityFingerprint {
    private EntityFingerprint() {
    }

    static String of(EntityAnalysis analysis) {
        return of(analysis, new byte[0]);
    }

    /** With the stored quote table ({@link QuoteTable}): a speaker the reader corrected changes the print too. */
    static String of(EntityAnalysis analysis, byte[] quotes) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        StringBuilder sb = new StringBuilder();
        for (Mention m : analysis.mentions()) {
            sb.append('M').append(m.start()).append(',').append(m.end()).append(',').append(m.label()).append(',');
            field(sb, m.entity());
            field(sb, m.text());
            field(sb, m.context());
            flush(digest, sb);
        }
        for (Entity e : analysis.entities()) {
            sb.append('E');
            field(sb, e.id());
            field(sb, e.name());
            sb.append(e.label()).append(',').append(e.mentions()).append(',');
            for (String alias : e.aliases()) {
                field(sb, alias);
            }
            flush(digest, sb);
        }
        digest.update(quotes);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Length-prefixed, so no two different lists of values read the same. */
    private static void field(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("-1:");
        } else {
            sb.append(value.length()).append(':').append(value);
        }
    }

    private static void flush(MessageDigest digest, StringBuilder sb) {
        digest.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        sb.setLength(0);
    }
}

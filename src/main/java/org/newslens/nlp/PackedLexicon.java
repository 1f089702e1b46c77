package org.newslens.nlp;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The distributional-similarity lexicon the three CRF models share (word → cluster), read-only, over
 * {@link PackedStrings}: loads with a few bulk reads instead of half a million map entries. CoreNLP's feature
 * factory only asks it {@link #get}.
 */
final class PackedLexicon extends AbstractMap<String, String> {
    private final PackedStrings words;
    private final String[] clusters;
    private final char[] clusterOf;

    private PackedLexicon(PackedStrings words, String[] clusters, char[] clusterOf) {
        this.words = words;
        this.clusters = clusters;
        this.clusterOf = clusterOf;
    }

    @Override
    public String get(Object word) {
        int k = words.indexOf(word);
        return k < 0 ? null : clusters[clusterOf[k]];
    }

    @Override
    public boolean containsKey(Object word) {
        return words.indexOf(word) >= 0;
    }

    @Override
    public int size() {
        return words.size();
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < words.size();
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int k = next++;
                        return new SimpleImmutableEntry<>(words.get(k), clusters[clusterOf[k]]);
                    }
                };
            }

            @Override
            public int size() {
                return words.size();
            }
        };
    }

    static void write(Map<String, String> lexicon, DataOutputStream out) throws IOException {
        Map<String, Integer> clusterIds = new LinkedHashMap<>();
        List<String> words = new ArrayList<>(lexicon.size());
        char[] ids = new char[lexicon.size()];
        for (Map.Entry<String, String> e : lexicon.entrySet()) {
            int id = clusterIds.computeIfAbsent(e.getValue(), c -> clusterIds.size());
            if (id > Character.MAX_VALUE) {
                throw new IllegalStateException("More than 65,536 distsim clusters");
            }
            ids[words.size()] = (char) id;
            words.add(e.getKey());
        }
        PackedStrings.of(words).write(out);
        out.writeInt(clusterIds.size());
        for (String c : clusterIds.keySet()) {
            out.writeUTF(c);
        }
        BulkReader.writeChars(out, ids);
    }

    static PackedLexicon read(BulkReader in) throws IOException {
        PackedStrings words = PackedStrings.read(in);
        String[] clusters = new String[in.readInt()];
        for (int i = 0; i < clusters.length; i++) {
            clusters[i] = in.data().readUTF();
        }
        return new PackedLexicon(words, clusters, in.chars(words.size()));
    }
}

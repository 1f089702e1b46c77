package org.newslens.nlp;

import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractCollection;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;

/**
 * A CRF model's feature index (feature name → weight row) over {@link PackedStrings}, in place of the
 * {@link HashIndex} CoreNLP deserialises: the same positions, looked up the same way ({@link #indexOf}), read-only
 * (a model being used never adds features). Serialises as the HashIndex it stands for.
 */
final class PackedFeatureIndex extends AbstractCollection<String> implements Index<String>, RandomAccess {
    private static final long serialVersionUID = 1L;

    private final transient PackedStrings features;

    PackedFeatureIndex(PackedStrings features) {
        this.features = features;
    }

    @Override
    public int size() {
        return features.size();
    }

    @Override
    public String get(int i) {
        if (i < 0 || i >= features.size()) {
            throw new ArrayIndexOutOfBoundsException("Index " + i + " outside 0.." + (features.size() - 1));
        }
        return features.get(i);
    }

    @Override
    public int indexOf(String o) {
        return features.indexOf(o);
    }

    @Override
    public int indexOf(String o, boolean add) {
        return add ? addToIndex(o) : indexOf(o);
    }

    @Override
    public int addToIndex(String o) {
        int i = indexOf(o);
        if (i < 0) {
            throw readOnly();
        }
        return i;
    }

    @Override
    public boolean add(String o) {
        addToIndex(o);
        return false;
    }

    @Override
    public boolean addAll(Collection<? extends String> c) {
        c.forEach(this::addToIndex);
        return false;
    }

    @Override
    public boolean contains(Object o) {
        return features.indexOf(o) >= 0;
    }

    @Override
    public void clear() {
        throw readOnly();
    }

    @Override
    public List<String> objectsList() {
        return new View();
    }

    @Override
    public Collection<String> objects(int[] indices) {
        List<String> out = new ArrayList<>(indices.length);
        for (int i : indices) {
            out.add(get(i));
        }
        return out;
    }

    @Override
    public Iterator<String> iterator() {
        return objectsList().iterator();
    }

    @Override
    public boolean isLocked() {
        return true;
    }

    @Override
    public void lock() {
    }

    @Override
    public void unlock() {
        throw readOnly();
    }

    /** As {@link HashIndex#saveToWriter}: one "position=feature" line each. */
    @Override
    public void saveToWriter(Writer out) throws IOException {
        for (int i = 0; i < size(); i++) {
            out.write(i + "=" + get(i) + '\n');
        }
    }

    @Override
    public void saveToFilename(String file) {
        try (Writer out = Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
            saveToWriter(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Object writeReplace() {
        return new HashIndex<>(objectsList());
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("A packed model's feature index is read-only");
    }

    private final class View extends AbstractList<String> implements RandomAccess {
        @Override
        public String get(int i) {
            return PackedFeatureIndex.this.get(i);
        }

        @Override
        public int size() {
            return features.size();
        }

        @Override
        public int indexOf(Object o) {
            return features.indexOf(o);
        }

        @Override
        public boolean contains(Object o) {
            return features.indexOf(o) >= 0;
        }
    }
}

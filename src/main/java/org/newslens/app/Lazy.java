package org.newslens.app;

import java.util.function.Supplier;

/**
 * A value made on first use, once, by the first thread that asks (the others wait for it); later calls return it
 * at once. What the maker holds is let go once the value is made. A maker that fails is tried again next time.
 */
public final class Lazy<T> implements Supplier<T> {
    private Supplier<? extends T> maker;
    private volatile T value;

    public Lazy(Supplier<? extends T> maker) {
        this.maker = maker;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = maker.get();
                    value = v;
                    maker = null;
                }
            }
        }
        return v;
    }

    /** True once the value is made. */
    public boolean isMade() {
        return value != null;
    }
}

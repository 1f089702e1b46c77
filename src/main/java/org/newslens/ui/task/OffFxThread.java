package org.newslens.ui.task;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Keeps core services off the FX thread. The window reaches the index, the entity service and the like only through
 * facades made here ({@link #guard}, {@link #guardOpening}) or that call {@link #check}: a call on the FX thread is recorded in
 * {@link #violations()} and, when assertions are on (as in every test run), fails with an
 * {@link IllegalStateException}. Window tests assert that no violation happened. {@code close()} is exempt: the
 * window closes its services once, as it goes.
 */
public final class OffFxThread {
    private final List<String> violations = new ArrayList<>();

    /** Fails (or, without assertions, records) a call of {@code what} made on the FX thread. */
    public void check(String what) {
        if (!Platform.isFxApplicationThread()) {
            return;
        }
        String message = what + " was called on the FX thread; run it in a BackgroundTask";
        synchronized (violations) {
            violations.add(message);
        }
        if (OffFxThread.class.desiredAssertionStatus()) {
            throw new IllegalStateException(message);
        }
        System.getLogger(OffFxThread.class.getName()).log(System.Logger.Level.WARNING, message);
    }

    /** The calls made on the FX thread so far. */
    public List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    /**
     * {@code type}'s methods, each checked, then run on what {@code target} supplies (which may block until the
     * service is open: only workers call it).
     */
    public <T> T guardOpening(Class<T> type, Supplier<? extends T> target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "guarded " + type.getSimpleName();
                };
            }
            if (!method.getName().equals("close")) {
                check(type.getSimpleName() + "." + method.getName());
            }
            try {
                return method.invoke(target.get(), args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** {@code target} itself, guarded. */
    public <T> T guard(Class<T> type, T target) {
        return guardOpening(type, () -> target);
    }
}

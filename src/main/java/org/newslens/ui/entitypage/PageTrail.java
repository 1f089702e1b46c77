package org.newslens.ui.entitypage;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** The pages visited before and after the one shown, for Back and Forward as in a browser. */
public final class PageTrail {
    private final Deque<String> before = new ArrayDeque<>();
    private final Deque<String> after = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canForward = new ReadOnlyBooleanWrapper();

    /** {@code shown} is left for another page: it goes on the back list, and the forward list is forgotten. */
    void leave(String shown) {
        before.push(shown);
        after.clear();
        changed();
    }

    /** The page before {@code shown}, which goes on the forward list; empty at the start. */
    Optional<String> back(String shown) {
        return step(before, after, shown);
    }

    /** The page after {@code shown}, which goes on the back list; empty at the end. */
    Optional<String> forward(String shown) {
        return step(after, before, shown);
    }

    private Optional<String> step(Deque<String> from, Deque<String> to, String shown) {
        if (from.isEmpty()) {
            return Optional.empty();
        }
        to.push(shown);
        String next = from.pop();
        changed();
        return Optional.of(next);
    }

    private void changed() {
        canBack.set(!before.isEmpty());
        canForward.set(!after.isEmpty());
    }

    public ReadOnlyBooleanProperty canBackProperty() {
        return canBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canForwardProperty() {
        return canForward.getReadOnlyProperty();
    }
}

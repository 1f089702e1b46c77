package org.newslens.ui.action;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every user action of the window, registered once by the feature that owns it (in {@code Workbench}'s wiring
 * order). Refuses a second action with the same id or the same shortcut in the same scope, so two features cannot
 * fight over a key. {@link #all()} is what a shortcut sheet lists.
 */
public final class ActionRegistry {
    private final Map<String, Action> byId = new LinkedHashMap<>();

    /** Adds {@code action}; returns it for chaining into a control. */
    public Action register(Action action) {
        if (byId.containsKey(action.id())) {
            throw new IllegalArgumentException("Two actions are called " + action.id());
        }
        if (action.shortcut() != null) {
            for (Action other : byId.values()) {
                if (other.scope() == action.scope() && normalised(action.shortcut()).equals(normalised(other.shortcut()))) {
                    throw new IllegalArgumentException(action.shortcut() + " is taken by " + other.id() + ", so " + action.id() + " cannot have it");
                }
            }
        }
        byId.put(action.id(), action);
        return action;
    }

    private static String normalised(String keys) {
        return keys == null ? "" : keys.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    public Optional<Action> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The action with this id; an unknown id is a programming error. */
    public Action get(String id) {
        Action action = byId.get(id);
        if (action == null) {
            throw new IllegalArgumentException("No action " + id);
        }
        return action;
    }

    /** Every action, in the order registered. */
    public List<Action> all() {
        return List.copyOf(byId.values());
    }

    /** The actions that have a shortcut, grouped in registration order: what a shortcut sheet shows. */
    public List<Action> withShortcuts() {
        List<Action> out = new ArrayList<>();
        for (Action a : byId.values()) {
            if (a.shortcut() != null) {
                out.add(a);
            }
        }
        return out;
    }
}

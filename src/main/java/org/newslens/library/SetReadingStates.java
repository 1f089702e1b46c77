package org.newslens.library;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslens.app.command.Command;

/** Marks one or more articles unread, read or reviewed as one undoable step; undo puts back each one's own state. */
public final class SetReadingStates implements Command {
    private final ReadingStates store;
    private final Map<String, ReadingState> wanted = new LinkedHashMap<>();
    private final String description;
    private Map<String, ReadingState> before = Map.of();

    /** @param contentHashes the texts to mark (copies of one text are one hash) */
    public SetReadingStates(ReadingStates store, List<String> contentHashes, ReadingState state) {
        this.store = store;
        contentHashes.forEach(h -> wanted.put(h, state));
        int n = wanted.size();
        this.description = "Mark " + (n == 1 ? "1 article" : n + " articles") + " " + state.label().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void execute() {
        before = store.setAll(wanted);
    }

    @Override
    public void undo() {
        store.setAll(before);
    }

    @Override
    public String description() {
        return description;
    }
}

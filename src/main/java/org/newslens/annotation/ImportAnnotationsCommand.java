package org.newslens.annotation;

import java.util.ArrayList;
import java.util.List;
import org.newslens.app.command.Command;

/** Imports annotations (e.g. from an exported JSON file) as one step; undo restores what they replaced. */
public final class ImportAnnotationsCommand implements Command {
    private final AnnotationStore store;
    private final List<Annotation> incoming;
    private final List<Annotation> replacedPlaced = new ArrayList<>();
    private final List<Annotation> replacedOrphans = new ArrayList<>();
    private ImportResult result;

    public ImportAnnotationsCommand(AnnotationStore store, List<Annotation> incoming) {
        this.store = store;
        this.incoming = List.copyOf(incoming);
        for (Annotation a : incoming) {
            store.find(a.id()).ifPresent(old -> (store.isOrphan(old.id()) ? replacedOrphans : replacedPlaced).add(old));
        }
    }

    /** What the latest execution did; null before it ran. */
    public ImportResult result() {
        return result;
    }

    @Override
    public void execute() {
        result = store.importAnnotations(incoming);
    }

    @Override
    public void undo() {
        store.revertImport(incoming.stream().map(Annotation::id).toList(), replacedPlaced, replacedOrphans);
    }

    @Override
    public String description() {
        return "Import " + incoming.size() + " annotation(s)";
    }
}

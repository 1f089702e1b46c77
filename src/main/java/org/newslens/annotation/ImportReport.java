package org.newslens.annotation;

import java.util.ArrayList;
import java.util.List;

/**
 * What one import did, per annotation, in the words the command line prints and the window shows: a
 * summary line (imported N; anchored exactly, fuzzily; orphaned; notes on the article; skipped), then one
 * line per skipped, orphaned or fuzzily placed annotation, then the warnings.
 */
public record ImportReport(ImportResult result, List<AnnotationReader.Skipped> skipped, List<String> warnings,
                           List<String> details) {
    public ImportReport {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
        details = List.copyOf(details);
    }

    /** The report of an import of {@code read} into {@code store} that returned {@code result}. */
    public static ImportReport of(AnnotationReader.Result read, ImportResult result, AnnotationStore store) {
        List<String> details = new ArrayList<>();
        for (Annotation a : read.annotations()) {
            Anchoring.Method m = store.anchoringOf(a.id()).orElse(null);
            if (m == Anchoring.Method.ORPHAN) {
                details.add("orphaned " + a.id() + ": “" + AnnotationReader.shorten(a.exact())
                        + "” is not in this text closely enough (kept; listed under orphans)");
            } else if (m == Anchoring.Method.FUZZY) {
                store.find(a.id()).ifPresent(placed -> details.add("fuzzily anchored " + a.id() + ": “"
                        + AnnotationReader.shorten(a.exact()) + "” placed on “" + AnnotationReader.shorten(placed.exact()) + "”"));
            }
        }
        return new ImportReport(result, read.skipped(), read.warnings(), details);
    }

    /** A report for a file of which nothing could be read. */
    public static ImportReport nothing(AnnotationReader.Result read) {
        return new ImportReport(new ImportResult(0, 0, 0), read.skipped(), read.warnings(), List.of());
    }

    public boolean importedAny() {
        return result.total() > 0;
    }

    /** "imported 5 annotation(s) (3 new, 2 replaced): anchored exactly 3, fuzzily 1, orphaned 1, notes on the article 0; skipped 2". */
    public String summary() {
        return "imported " + result.total() + " annotation(s) (" + result.added() + " new, " + result.replaced() + " replaced): "
                + "anchored exactly " + result.exact() + ", fuzzily " + result.fuzzy() + ", orphaned " + result.orphans()
                + ", notes on the article " + result.articleNotes() + "; skipped " + skipped.size();
    }

    /** The summary, then one line per skipped, orphaned or fuzzily placed annotation, then each warning. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(summary());
        skipped.forEach(s -> out.add("skipped " + s.id() + ": " + s.reason()));
        out.addAll(details);
        warnings.forEach(w -> out.add("warning: " + w));
        return out;
    }
}

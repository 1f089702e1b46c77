package org.newslens.annotation;

/** What an import did: new annotations, ones that replaced an earlier copy (same id), and ones left unplaced. */
public record ImportResult(int added, int replaced, int orphans) {
    public int total() {
        return added + replaced;
    }
}

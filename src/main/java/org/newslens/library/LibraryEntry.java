package org.newslens.library;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newslens.index.EntitySummary;
import org.newslens.index.IndexedArticle;

/**
 * One text of the library: an indexed article and its copies (files with the same text), listed once.
 *
 * @param files every file holding this text, sorted (empty for text that came from no file)
 */
public record LibraryEntry(String contentHash, String title, List<Path> files, LocalDate date, String site,
                           int mentions, List<EntitySummary> topEntities) {
    public LibraryEntry {
        files = List.copyOf(files);
        topEntities = List.copyOf(topEntities);
    }

    /** The file to open: the first of {@link #files()}, or null. */
    public Path file() {
        return files.isEmpty() ? null : files.get(0);
    }

    /** How many files hold this text. */
    public int copies() {
        return Math.max(1, files.size());
    }

    /** Where the article comes from: the site the document names, else the folder it is in ("" for neither). */
    public String source() {
        if (site != null) {
            return site;
        }
        Path folder = file() == null ? null : file().getParent();
        return folder == null || folder.getFileName() == null ? "" : folder.getFileName().toString();
    }

    /** The indexed articles with copies of one text made one entry, in the order of each text's first article. */
    public static List<LibraryEntry> group(List<IndexedArticle> articles) {
        Map<String, List<IndexedArticle>> byText = new LinkedHashMap<>();
        for (IndexedArticle a : articles) {
            byText.computeIfAbsent(a.contentHash(), h -> new ArrayList<>()).add(a);
        }
        List<LibraryEntry> out = new ArrayList<>(byText.size());
        for (List<IndexedArticle> same : byText.values()) {
            IndexedArticle first = same.get(0);
            List<Path> files = same.stream().map(IndexedArticle::file).filter(Objects::nonNull)
                    .sorted(Comparator.comparing(Path::toString)).toList();
            String site = same.stream().map(IndexedArticle::site).filter(Objects::nonNull).findFirst().orElse(null);
            LocalDate date = same.stream().map(IndexedArticle::date).filter(Objects::nonNull).findFirst().orElse(null);
            out.add(new LibraryEntry(first.contentHash(), first.title(), files, date, site, first.mentions(), first.topEntities()));
        }
        return out;
    }
}

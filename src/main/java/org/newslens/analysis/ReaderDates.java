package org.newslens.analysis;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newslens.app.AppHome;
import org.newslens.app.AtomicFiles;
import org.newslens.app.Json;
import org.newslens.article.Article;

/** Article dates the reader gave for articles that state none, by content hash, in {@code article-dates.json}. */
public final class ReaderDates {
    private final Path file;
    private final ObjectMapper json = Json.mapper();

    public ReaderDates(Path file) {
        this.file = file;
    }

    public static ReaderDates in(AppHome home) throws IOException {
        return new ReaderDates(home.dir("analysis").resolve("article-dates.json"));
    }

    public synchronized Optional<LocalDate> get(Article article) {
        String d = load().get(article.contentHash());
        return d == null ? Optional.empty() : Optional.of(LocalDate.parse(d));
    }

    public synchronized void put(Article article, LocalDate date) {
        Map<String, String> all = load();
        all.put(article.contentHash(), date.toString());
        try {
            AtomicFiles.write(file, json.writeValueAsBytes(all));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the article date in " + file, e);
        }
    }

    private Map<String, String> load() {
        if (!Files.isRegularFile(file)) {
            return new TreeMap<>();
        }
        try {
            return new TreeMap<>(json.readValue(file.toFile(), new TypeReference<Map<String, String>>() { }));
        } catch (IOException | RuntimeException e) {
            return new TreeMap<>();
        }
    }
}

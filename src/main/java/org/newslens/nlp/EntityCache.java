package org.newslens.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.newslens.app.AppHome;
import org.newslens.app.AtomicFiles;
import org.newslens.app.Json;
import org.newslens.app.Lazy;
import org.newslens.article.ArticleLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognition results on disk, one JSON file per (text, recogniser version), under the data directory's
 * {@code entities/}. A changed text or recogniser gives another key, so stale results are never served.
 * It is a cache, not user data: an unreadable or corrupt file is a miss and is overwritten.
 */
public final class EntityCache {
    private static final Logger LOG = LoggerFactory.getLogger(EntityCache.class);

    private final Path dir;
    /** Made when a file is first read or written: a cold start that finds nothing cached starts its models without waiting for Jackson. */
    private final Lazy<ObjectMapper> json = new Lazy<>(Json::mapper);

    /** Opens the cache in {@code dir}, removing what a writer killed during a save left there (a big article's entities take a while). */
    public EntityCache(Path dir) {
        this.dir = dir;
        AtomicFiles.deleteStaleTemporaries(dir);
    }

    public static EntityCache in(AppHome home) throws IOException {
        return new EntityCache(home.dir("entities"));
    }

    /** What is stored: the key's parts, so a file can be checked against what was asked for. */
    record Entry(String version, String textHash, EntityAnalysis analysis) {
    }

    Path fileFor(String text, String version) {
        return dir.resolve(ArticleLoader.sha256(version + "\u0000" + ArticleLoader.sha256(text)) + ".json");
    }

    public boolean contains(String text, String version) {
        return get(text, version).isPresent();
    }

    public Optional<EntityAnalysis> get(String text, String version) {
        Path file = fileFor(text, version);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Entry e = json.get().readValue(file.toFile(), Entry.class);
            if (e == null || e.analysis() == null || !version.equals(e.version())
                    || !ArticleLoader.sha256(text).equals(e.textHash())) {
                return Optional.empty();
            }
            String problem = problemWith(e.analysis(), text);
            if (problem != null) {
                LOG.warn("Ignoring entity cache file {} that does not fit its text ({}); recomputing", file, problem);
                return Optional.empty();
            }
            return Optional.of(e.analysis());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring unreadable entity cache file {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Why a stored analysis cannot be the analysis of this text (a hand-edited or damaged file whose hash still
     * matches), or null: every mention must lie inside the text, in order, quote it exactly, carry a label and
     * name an entity of the analysis; every entity needs an id and a label.
     */
    static String problemWith(EntityAnalysis analysis, String text) {
        Set<String> ids = new HashSet<>();
        for (Entity e : analysis.entities()) {
            if (e == null || e.id() == null || e.label() == null) {
                return "an entity without id or label";
            }
            ids.add(e.id());
        }
        int previousStart = 0;
        for (Mention m : analysis.mentions()) {
            if (m == null) {
                return "an empty mention";
            }
            if (m.start() < 0 || m.end() > text.length() || m.start() >= m.end()) {
                return "mention offsets " + m.start() + "-" + m.end() + " outside the text of " + text.length() + " chars";
            }
            if (m.start() < previousStart) {
                return "mentions out of order at " + m.start();
            }
            previousStart = m.start();
            if (m.text() == null || !text.regionMatches(m.start(), m.text(), 0, m.text().length())
                    || m.text().length() != m.end() - m.start()) {
                return "mention at " + m.start() + "-" + m.end() + " does not quote the text there";
            }
            if (m.label() == null || !ids.contains(m.entity())) {
                return "mention at " + m.start() + " without label or known entity";
            }
        }
        return null;
    }

    public void put(String text, String version, EntityAnalysis analysis) {
        Path file = fileFor(text, version);
        try {
            AtomicFiles.write(file, json.get().writeValueAsBytes(new Entry(version, ArticleLoader.sha256(text), analysis)));
        } catch (IOException e) {
            LOG.warn("Could not write entity cache file {}: {}", file, e.getMessage());
        }
    }
}

package org.newslens.index;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.newslens.app.AtomicFiles;
import org.newslens.app.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Articles a process asked to add to the library while another process held the index (the window has it open
 * for its whole session): each request is one small JSON file of absolute paths in a folder beside the index,
 * written without the index's lock, and added by whichever process next opens the index. A request file is
 * removed only after its articles were added, so a crash in between adds them again (unchanged ones cost nothing).
 */
public final class PendingAdditions {
    private static final Logger LOG = LoggerFactory.getLogger(PendingAdditions.class);
    private static final TypeReference<List<String>> PATHS = new TypeReference<>() {
    };
    private final Path folder;

    /** The requests of the index in {@code indexDir} (kept in {@code <indexDir>-pending}). */
    public PendingAdditions(Path indexDir) {
        this.folder = indexDir.resolveSibling(indexDir.getFileName() + "-pending");
    }

    public Path folder() {
        return folder;
    }

    /** Records a request to add {@code paths} (article files or folders of them, made absolute). */
    public void request(List<Path> paths) throws IOException {
        List<String> absolute = paths.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
        Files.createDirectories(folder);
        AtomicFiles.write(folder.resolve(System.currentTimeMillis() + "-" + UUID.randomUUID() + ".json"),
                Json.mapper().writeValueAsBytes(absolute));
    }

    /** True when some request waits. */
    public boolean any() {
        return !requestFiles().isEmpty();
    }

    /**
     * Adds every waiting request's articles to the library through {@code indexer} and removes the requests; an
     * unreadable request is removed with a warning in the log. Folders are walked, files indexed.
     */
    public LibraryReport addTo(LibraryIndexer indexer, LibraryProgress progress, BooleanSupplier cancelled) {
        List<Path> requests = requestFiles();
        Set<Path> files = new LinkedHashSet<>();
        List<LibraryReport.Problem> problems = new ArrayList<>();
        for (Path request : requests) {
            for (Path p : read(request)) {
                if (Files.isDirectory(p)) {
                    try {
                        files.addAll(indexer.articleFiles(p, problems));
                    } catch (IOException e) {
                        problems.add(new LibraryReport.Problem(p, "Cannot list " + p + ": " + e.getMessage()));
                    }
                } else {
                    files.add(p);
                }
            }
        }
        LibraryReport report = indexer.addFiles(List.copyOf(files), progress, cancelled);
        if (!report.cancelled()) {
            for (Path request : requests) {
                try {
                    Files.deleteIfExists(request);
                } catch (IOException e) {
                    LOG.warn("Cannot remove the added request {}: {}", request, e.getMessage());
                }
            }
        }
        problems.addAll(report.problems());
        return new LibraryReport(report.files(), report.added(), report.replaced(), report.unchanged(), problems, report.cancelled());
    }

    /** One line on what {@link #addTo} did, for stderr or the status bar. */
    public static String describe(LibraryReport report) {
        String line = "Added what was asked while the library was in use: " + report.added() + " new, "
                + report.replaced() + " changed, " + report.unchanged() + " unchanged";
        return line + (report.problems().isEmpty() ? "." : "; " + report.problems().size() + " could not be read ("
                + report.problems().get(0).message() + (report.problems().size() > 1 ? ", …" : "") + ").");
    }

    private List<Path> read(Path request) {
        try {
            return Json.mapper().readValue(request.toFile(), PATHS).stream().map(Path::of).toList();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Unreadable request to add articles {}: {}", request, e.getMessage());
            return List.of();
        }
    }

    private List<Path> requestFiles() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.json")) {
            entries.forEach(out::add);
        } catch (IOException e) {
            LOG.warn("Cannot list the requests to add articles in {}: {}", folder, e.getMessage());
        }
        out.sort(null);
        return out;
    }
}

package org.newslens.index;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoadException;
import org.newslens.article.ArticleLoader;
import org.newslens.nlp.EntityAnalysis;

/**
 * Adds every article under a folder (.txt, .md, .html, .pdf, .epub, .docx, .eml, at any depth) to the index. Files already indexed
 * with the same content are skipped before their entities are looked up; a file that cannot be read is
 * reported and the rest go on. Runs on the caller's thread: the UI runs it in a background task and
 * passes the task's cancel flag.
 */
public record LibraryIndexer(ArticleIndex index, ArticleLoader loader, EntitySource entities) {
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm", "pdf", "epub", "docx", "eml");
    private static final int COMMIT_EVERY = 200;

    /** True when {@code file}'s name ends in one of the {@link #EXTENSIONS}. */
    public static boolean isArticleFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    /**
     * Indexes the folder's articles, telling {@code progress} before each file and checking
     * {@code cancelled} between files. Commits what was indexed, also when cancelled.
     *
     * @throws IOException when the folder itself cannot be listed
     */
    public LibraryReport addFolder(Path folder, LibraryProgress progress, BooleanSupplier cancelled) throws IOException {
        List<LibraryReport.Problem> problems = new ArrayList<>();
        return addFiles(articleFiles(folder, problems), problems, progress, cancelled);
    }

    /**
     * Indexes the given article files (e.g. those a damaged index held: {@link IndexRecovery#files()}); a file
     * that no longer exists or cannot be read is reported in the report's problems and the rest go on.
     */
    public LibraryReport addFiles(List<Path> files, LibraryProgress progress, BooleanSupplier cancelled) {
        return addFiles(files, new ArrayList<>(), progress, cancelled);
    }

    /**
     * Indexes again the articles a damaged index held ({@link LuceneArticleIndex#recovery()}), those whose
     * files still exist, and returns the one line that tells the reader what happened.
     */
    public String recover(IndexRecovery recovery, LibraryProgress progress, BooleanSupplier cancelled) {
        List<Path> existing = recovery.files().stream().filter(Files::isRegularFile).toList();
        LibraryReport report = addFiles(existing, progress, cancelled);
        return recovery.describe(report.added() + report.replaced() + report.unchanged());
    }

    private LibraryReport addFiles(List<Path> files, List<LibraryReport.Problem> problems, LibraryProgress progress,
            BooleanSupplier cancelled) {
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        int done = 0;
        boolean stopped = false;
        try {
            for (Path file : files) {
                if (cancelled.getAsBoolean()) {
                    stopped = true;
                    break;
                }
                progress.update(done, files.size(), file);
                IndexOutcome outcome = addFile(file, problems);
                if (outcome == IndexOutcome.ADDED) {
                    added++;
                } else if (outcome == IndexOutcome.REPLACED) {
                    replaced++;
                } else if (outcome == IndexOutcome.UNCHANGED) {
                    unchanged++;
                }
                done++;
                if (done % COMMIT_EVERY == 0) {
                    index.commit();
                }
            }
        } finally {
            index.commit();
        }
        if (!stopped) {
            progress.update(done, files.size(), null);
        }
        return new LibraryReport(files.size(), added, replaced, unchanged, problems, stopped);
    }

    /** Indexes one file; null when it could not be read. */
    private IndexOutcome addFile(Path file, List<LibraryReport.Problem> problems) {
        Article article;
        try {
            article = loader.load(file);
        } catch (ArticleLoadException e) {
            problems.add(new LibraryReport.Problem(file, e.getMessage()));
            return null;
        } catch (RuntimeException e) {
            problems.add(new LibraryReport.Problem(file, "Cannot read " + file + ": " + e));
            return null;
        }
        if (index.isIndexed(article) && !entities.mayHaveChanged(article)) {
            return IndexOutcome.UNCHANGED;
        }
        EntityAnalysis analysis;
        try {
            analysis = entities.analyse(article);
        } catch (RuntimeException e) {
            problems.add(new LibraryReport.Problem(file, "Entities could not be recognised in " + file
                    + " (" + e.getMessage() + "); its text is searchable, its entities are not."));
            analysis = EntityAnalysis.empty();
        }
        return index.index(article, analysis, entities.quotes(article, analysis));
    }

    /** The article files under {@code folder} in a stable order; unreadable sub-folders go to {@code problems}. */
    List<Path> articleFiles(Path folder, List<LibraryReport.Problem> problems) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("Not a folder: " + folder);
        }
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                Path name = dir.getFileName();
                boolean hidden = name != null && name.toString().startsWith(".") && !dir.equals(folder);
                return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isArticleFile(file) && !file.getFileName().toString().startsWith(".")) {
                    out.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.add(new LibraryReport.Problem(file, "Cannot read " + file + ": " + e.getMessage()));
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(null);
        return out;
    }
}

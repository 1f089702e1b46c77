package org.newslens.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.newslens.annotation.Annotation;
import org.newslens.annotation.AnnotationEditor;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.AnnotationStore;
import org.newslens.annotation.HighlightColour;
import org.newslens.app.AppHome;
import org.newslens.app.command.CommandHistory;
import org.newslens.article.ArticleLoader;

/**
 * One of the two writers of {@link TwoWritersTest}, run in a process of its own:
 * {@code ConcurrentWriter ARTICLE NAME COUNT cli|window}. "cli" makes COUNT separate {@code annotate add}
 * calls, each opening the store afresh; "window" keeps one store open, as the window does, adds COUNT
 * highlights and deletes every fifth it added. Each annotation's note is {@code NAME-i}.
 */
public final class ConcurrentWriter {
    private ConcurrentWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path article = Path.of(args[0]);
        String name = args[1];
        int count = Integer.parseInt(args[2]);
        if (args[3].equals("cli")) {
            for (int i = 0; i < count; i++) {
                CliRun run = CliRun.of("annotate", article.toString(), "add", "--start", "" + i, "--end", "" + (i + 3),
                        "--note", name + "-" + i);
                if (run.exitCode() != 0) {
                    System.err.println(run.err());
                    System.exit(3);
                }
            }
            return;
        }
        AnnotationStore store = AnnotationStorage.in(AppHome.fromEnvironment()).open(new ArticleLoader().load(article));
        AnnotationEditor editor = new AnnotationEditor(store, new CommandHistory(), Clock.systemUTC());
        for (int i = 0; i < count; i++) {
            Annotation a = editor.highlight(i + 1, i + 5, HighlightColour.GREEN, name + "-" + i, List.of());
            if (i % 5 == 4) {
                store.remove(a.id());
            }
        }
    }
}

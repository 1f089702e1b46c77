package org.newslens;

import java.util.logging.Logger;
import org.newslens.cli.NewsLensCommand;

/**
 * The one entry point, for {@code java -jar} and {@code mvn javafx:run}. It must not extend
 * {@code Application}: a plain classpath launch of an Application subclass refuses to start.
 * With no arguments, or with a file path, it opens the window; with a subcommand it runs headless.
 */
public final class Main {
    /**
     * JavaFX's own logger. On the class path ({@code java -jar}) JavaFX runs but warns "Unsupported JavaFX
     * configuration" at every start (the app image and {@code javafx:run} put it on the module path); a reader
     * launched by a user prints nothing unless something is wrong, so that one record is dropped. Held here
     * because java.util.logging keeps loggers only weakly; its children (CSS, layout) still report.
     */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private Main() {
    }

    public static void main(String[] args) {
        if (NewsLensCommand.isHeadless(args)) {
            System.exit(NewsLensCommand.run(args));
        }
        JAVAFX.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        try {
            org.newslens.ui.NewsLensApp.launchWindow(args);
        } catch (RuntimeException e) { // no display to open (e.g. over ssh): one line, as the commands fail
            System.err.println("newslens: cannot open the window: " + e.getMessage()
                    + " (the commands need none: newslens --help)");
            System.exit(NewsLensCommand.FAILURE);
        }
    }
}

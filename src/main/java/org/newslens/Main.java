package org.newslens;

import org.newslens.cli.NewsLensCommand;

/**
 * The one entry point, for {@code java -jar} and {@code mvn javafx:run}. It must not extend
 * {@code Application}: a plain classpath launch of an Application subclass refuses to start.
 * With no arguments, or with a file path, it opens the window; with a subcommand it runs headless.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (NewsLensCommand.isHeadless(args)) {
            System.exit(NewsLensCommand.run(args));
        }
        org.newslens.ui.NewsLensApp.launchWindow(args);
    }
}

package org.newslens.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newslens.annotation.CorrectedEntities;
import org.newslens.app.AppHome;
import org.newslens.app.Json;
import org.newslens.index.EntitySource;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.library.EntityPage;
import org.newslens.library.EntityPages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "entity",
        description = "An entity's page across the library (the articles indexed by `search`), as JSON: every article "
                + "naming it (name or alias, any case) with its mention count and first mention (character offsets "
                + "into the article text, as in `entities`), its aliases, first and last appearance by article date, "
                + "the entities sharing most sentences and paragraphs with it, its quotes as speaker, the figures in "
                + "sentences naming it, and your highlights and notes on its mentions or naming it.")
public final class EntityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The entity's name or one of its aliases.")
    String name;

    @Option(names = "--library", description = "Look through the whole library (required: the only scope so far).")
    boolean library;

    private final AppHome home;
    private final EntitySource entities;

    public EntityCommand() {
        this(AppHome.fromEnvironment());
    }

    private EntityCommand(AppHome home) {
        this(home, new CorrectedEntities(new SearchCommand.RecognisedEntities(home), AnnotationsFolder.of(home)));
    }

    EntityCommand(AppHome home, EntitySource entities) {
        this.home = home;
        this.entities = entities;
    }

    @Override
    public Integer call() throws Exception {
        if (!library) {
            throw new BadInputException("entity needs --library: the page is built over the whole library");
        }
        if (name == null || name.isBlank()) {
            throw new BadInputException("entity needs a name");
        }
        DataFolder.require(home);
        EntityPage page;
        try (LuceneArticleIndex index = LibraryIndexes.open(home, entities, spec.commandLine().getErr())) {
            page = new EntityPages(index, AnnotationsFolder.of(home)::saved).page(name);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(Json.mapper().writeValueAsString(page));
        out.flush();
        return NewsLensCommand.OK;
    }
}

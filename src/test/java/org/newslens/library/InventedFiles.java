package org.newslens.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newslens.index.EntitySource;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.EntityRecogniser;

/** The invented library as files on disk, with a recogniser that gives their hand-made entities by file name. */
public final class InventedFiles {
    static final Map<String, EntityAnalysis> RECOGNISED = Map.of(
            "meeting.txt", new InventedLibrary.Analysis(InventedLibrary.MEETING)
                    .entity(EntityLabel.PERSON, "Maria Ortiz", List.of("Ortiz"), "Maria Ortiz", "Ortiz")
                    .entity(EntityLabel.PERSON, "Paul Kern", List.of("Kern"), "Paul Kern", "Kern")
                    .entity(EntityLabel.PLACE, "Kandor", List.of(), "Kandor")
                    .entity(EntityLabel.PLACE, "Port Elma", List.of(), "Port Elma").build(),
            "harbour.txt", new InventedLibrary.Analysis(InventedLibrary.HARBOUR)
                    .entity(EntityLabel.PERSON, "Paul Kern", List.of("Kern"), "Paul Kern", "Kern")
                    .entity(EntityLabel.PLACE, "Port Elma", List.of(), "Port Elma")
                    .entity(EntityLabel.PERSON, "maria ortiz", List.of(), "Maria Ortiz").build(),
            "shop.txt", new InventedLibrary.Analysis(InventedLibrary.SHOP)
                    .entity(EntityLabel.GROUP, "Smith & <Sons>", List.of(), "Smith & <Sons>")
                    .entity(EntityLabel.PLACE, "Kandor", List.of(), "Kandor").build());

    /** The recogniser of the tests: the hand-made entities of the file's name, none for another file. */
    public static final EntitySource RECOGNISER = a -> a.source() == null ? EntityAnalysis.empty()
            : RECOGNISED.getOrDefault(a.source().getFileName().toString(), EntityAnalysis.empty());

    private InventedFiles() {
    }

    /** A recogniser that knows the three texts (their hand-made entities) and finds nothing in any other. */
    public static EntityRecogniser recogniser() {
        Map<String, EntityAnalysis> byText = Map.of(InventedLibrary.MEETING, RECOGNISED.get("meeting.txt"),
                InventedLibrary.HARBOUR, RECOGNISED.get("harbour.txt"), InventedLibrary.SHOP, RECOGNISED.get("shop.txt"));
        return new EntityRecogniser() {
            @Override
            public EntityAnalysis recognise(String text) {
                return byText.getOrDefault(text, EntityAnalysis.empty());
            }

            @Override
            public String version() {
                return "invented-1";
            }
        };
    }

    /** Writes meeting.txt, harbour.txt and shop.txt into {@code dir}. */
    public static List<Path> write(Path dir) throws IOException {
        return List.of(write(dir, "meeting.txt", InventedLibrary.MEETING), write(dir, "harbour.txt", InventedLibrary.HARBOUR),
                write(dir, "shop.txt", InventedLibrary.SHOP));
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}

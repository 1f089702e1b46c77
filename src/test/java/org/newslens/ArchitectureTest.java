package org.newslens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The fences of the code base. The core (every top-level package under org.newslens but {@code ui}, found
 * from the classes themselves) runs without JavaFX and without the window; its packages are layered in one
 * direction; no package cycles; view models hold no nodes; text is never cased or formatted in the
 * machine's default locale.
 */
class ArchitectureTest {
    private static final String ROOT = "org.newslens";
    private static final String UI = "ui";
    /**
     * The core's layers, lowest first: a package may use those before it, never those after it; {@code app}
     * (plumbing) is below all. A new top-level package must be placed here (see {@link #everyCorePackageHasALayer}).
     * Layers that do not exist (yet) are simply empty.
     */
    static final List<String> LAYERS = List.of("app", "article", "nlp", "analysis", "index", "annotation", "export", "library", "cli");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);

    /** Every top-level package under org.newslens that holds classes, except the window's. */
    static SortedSet<String> corePackages() {
        SortedSet<String> out = new TreeSet<>();
        CLASSES.forEach(c -> {
            String name = c.getPackageName();
            if (name.startsWith(ROOT + ".")) {
                String top = name.substring(ROOT.length() + 1).split("\\.")[0];
                if (!top.equals(UI)) {
                    out.add(top);
                }
            }
        });
        return out;
    }

    private static String[] core() {
        return corePackages().stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new);
    }

    @Test
    void corePackagesAreFoundFromTheTree() {
        SortedSet<String> found = corePackages();
        assertTrue(found.containsAll(List.of("app", "article", "nlp", "index", "annotation", "export", "cli")), found.toString());
        assertTrue(!found.contains(UI));
    }

    @Test
    void everyCorePackageHasALayer() {
        List<String> unplaced = new ArrayList<>(corePackages());
        unplaced.removeAll(LAYERS);
        assertEquals(List.of(), unplaced, "place each new core package in ArchitectureTest.LAYERS (and docs/architecture.md)");
    }

    @Test
    void corePackagesAreLayeredInOneDirection() {
        Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true);
        for (String layer : LAYERS) {
            layers = layers.layer(layer).definedBy(ROOT + "." + layer + "..");
        }
        for (int i = 0; i < LAYERS.size(); i++) {
            List<String> above = LAYERS.subList(i + 1, LAYERS.size());
            layers = above.isEmpty()
                    ? layers.whereLayer(LAYERS.get(i)).mayNotBeAccessedByAnyLayer()
                    : layers.whereLayer(LAYERS.get(i)).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
        }
        layers.because("lower packages must not know the ones built on them (docs/architecture.md)").check(CLASSES);
    }

    @Test
    void noPackageCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void coreNeverUsesJavaFx() {
        noClasses().that().resideInAnyPackage(core())
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "atlantafx..")
                .because("domain code and the CLI must work headless (DEVELOPERS.md)")
                .check(CLASSES);
    }

    @Test
    void coreNeverUsesTheUi() {
        noClasses().that().resideInAnyPackage(core())
                .should().dependOnClassesThat().resideInAPackage(ROOT + "." + UI + "..")
                .because("the GUI is a face over the core, not part of it")
                .check(CLASSES);
    }

    @Test
    void onlyMainReachesIntoTheUiFromOutside() {
        noClasses().that().resideOutsideOfPackage(ROOT + "." + UI + "..")
                .and().doNotHaveFullyQualifiedName(Main.class.getName())
                .should().dependOnClassesThat().resideInAPackage(ROOT + "." + UI + "..")
                .check(CLASSES);
    }

    @Test
    void viewModelsHoldNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("a view model is read-only properties and commands, tested without the FX thread")
                .check(CLASSES);
    }

    @Test
    void textIsNeverCasedOrFormattedInTheDefaultLocale() {
        noClasses()
                .should().callMethod(String.class, "toLowerCase")
                .orShould().callMethod(String.class, "toUpperCase")
                .orShould().callMethod(String.class, "format", String.class, Object[].class)
                .orShould().callMethod(String.class, "formatted", Object[].class)
                .orShould().callMethod(PrintStream.class, "printf", String.class, Object[].class)
                .orShould().callMethod(PrintWriter.class, "printf", String.class, Object[].class)
                .because("the machine's language must not change what NewsLens reads or writes (Turkish i, Arabic digits): pass Locale.ROOT")
                .check(CLASSES);
    }
}

package org.newslens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core (everything but the ui package) must run without JavaFX, so the CLI and tests need no display. */
class ArchitectureTest {
    private static final String[] CORE = {
            "org.newslens.article..", "org.newslens.nlp..", "org.newslens.index..", "org.newslens.annotation..",
            "org.newslens.export..", "org.newslens.app..", "org.newslens.cli.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.newslens");

    @Test
    void coreNeverUsesJavaFx() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "atlantafx..")
                .because("domain code and the CLI must work headless (DEVELOPERS.md)")
                .check(classes);
    }

    @Test
    void coreNeverUsesTheUi() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAPackage("org.newslens.ui..")
                .because("the GUI is a face over the core, not part of it")
                .check(classes);
    }

    @Test
    void onlyMainReachesIntoTheUiFromOutside() {
        noClasses().that().resideOutsideOfPackage("org.newslens.ui..")
                .and().doNotHaveFullyQualifiedName(Main.class.getName())
                .should().dependOnClassesThat().resideInAPackage("org.newslens.ui..")
                .check(classes);
    }
}

package com.scalelab;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies point inward: the engine is plain Java that the UI, the files, the audit log and the
 * command line all use, and only the UI (plus the launcher that starts it) knows about JavaFX.
 */
@AnalyzeClasses(packages = "com.scalelab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineIsPlainJava = noClasses()
            .that().resideInAPackage("com.scalelab.engine..")
            .should().dependOnClassesThat(resideInAnyPackage("javafx..", "com.fasterxml..", "picocli..", "java.nio.file..")
                    .or(resideInAPackage("java.io").and(simpleNameStartingWith("File")))
                    .or(resideInAPackage("com.scalelab..").and(not(resideInAPackage("com.scalelab.engine..")))))
            .because("the engine must run anywhere (UI, command line, benchmarks) without JavaFX, Jackson, picocli or files");

    @ArchTest
    static final ArchRule filesAuditAndCommandLineDoNotKnowTheUi = noClasses()
            .that().resideInAnyPackage("com.scalelab.io..", "com.scalelab.audit..", "com.scalelab.cli..")
            .should().dependOnClassesThat().resideInAPackage("com.scalelab.ui..")
            .because("the command line runs headless and the UI builds on these packages, not the other way round");

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("com.scalelab.ui..")
            // the jar's entry point launches the desktop app when run without arguments
            .and().doNotHaveFullyQualifiedName("com.scalelab.Launcher")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("JavaFX stays behind the UI so the engine, files and command line work without a toolkit");
}

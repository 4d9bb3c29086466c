package dev.netplayground;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of DESIGN.md: the engine and the command line never touch JavaFX or the UI. */
@AnalyzeClasses(packages = "dev.netplayground", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule engineDoesNotUseJavaFx = noClasses().that().resideInAPackage("dev.netplayground.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..");

    @ArchTest
    static final ArchRule cliDoesNotUseJavaFx = noClasses().that().resideInAPackage("dev.netplayground.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..");

    @ArchTest
    static final ArchRule engineDoesNotUseTheFrontEnds = noClasses().that().resideInAPackage("dev.netplayground.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.netplayground.ui..", "dev.netplayground.cli..",
                    "dev.netplayground.app..");

    @ArchTest
    static final ArchRule uiDoesNotUseTheCommandLine = noClasses().that().resideInAPackage("dev.netplayground.ui..")
            .should().dependOnClassesThat().resideInAPackage("dev.netplayground.cli..");

    @ArchTest
    static final ArchRule onlyThePumpAndAppSwitchToTheFxThread = noClasses()
            .that().resideOutsideOfPackages("dev.netplayground.ui.fx..", "dev.netplayground.ui.shell..")
            .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class);
}

package dev.netplayground;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.stream.Stream;
import javafx.application.Platform;

/**
 * The layering the README describes under "How it is built": the engine and the command line
 * never touch JavaFX or the UI; view-models hold state, not controls; and only the event pump
 * switches to the FX thread.
 */
@AnalyzeClasses(packages = "dev.netplayground", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule ENGINE_DOES_NOT_USE_JAVAFX = noClasses()
            .that().resideInAPackage("dev.netplayground.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..");

    @ArchTest
    static final ArchRule CLI_DOES_NOT_USE_JAVAFX = noClasses()
            .that().resideInAPackage("dev.netplayground.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..");

    /** Code generation is pure functions from a setup to text, shared by the window and the command line. */
    @ArchTest
    static final ArchRule SNIPPETS_USE_NEITHER_JAVAFX_NOR_THE_FRONT_ENDS = noClasses()
            .that().resideInAPackage("dev.netplayground.snippet..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "dev.netplayground.ui..",
                    "dev.netplayground.cli..", "dev.netplayground.app..");

    @ArchTest
    static final ArchRule ENGINE_DOES_NOT_USE_THE_FRONT_ENDS = noClasses()
            .that().resideInAPackage("dev.netplayground.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.netplayground.ui..", "dev.netplayground.cli..",
                    "dev.netplayground.app..");

    @ArchTest
    static final ArchRule UI_DOES_NOT_USE_THE_COMMAND_LINE = noClasses()
            .that().resideInAPackage("dev.netplayground.ui..")
            .should().dependOnClassesThat().resideInAPackage("dev.netplayground.cli..");

    /** View-models (and the records nested in them) hold state a test can drive without a window. */
    @ArchTest
    static final ArchRule VIEW_MODELS_HOLD_NO_CONTROLS = noClasses()
            .that().resideInAPackage("dev.netplayground.ui..").and().haveNameMatching(".*ViewModel(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "atlantafx..");

    /** Calls and method references ({@code Platform::runLater}) alike; ArchUnit's callMethod sees only calls. */
    @ArchTest
    static final ArchRule ONLY_THE_PUMP_SWITCHES_TO_THE_FX_THREAD = classes()
            .that().resideOutsideOfPackage("dev.netplayground.ui.fx..")
            .should(neitherCallNorReference(Platform.class, "runLater"));

    private static ArchCondition<JavaClass> neitherCallNorReference(Class<?> owner, String name) {
        return new ArchCondition<>("neither call nor reference " + owner.getSimpleName() + "." + name) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                javaClass.getCodeUnits().stream()
                        .flatMap(ArchitectureTest::callsAndReferences)
                        .filter(access -> access.getTargetOwner().isEquivalentTo(owner)
                                && access.getName().equals(name))
                        .forEach(access -> events.add(SimpleConditionEvent.violated(access, access.getDescription())));
            }
        };
    }

    private static Stream<JavaAccess<?>> callsAndReferences(JavaCodeUnit codeUnit) {
        return Stream.concat(codeUnit.getMethodCallsFromSelf().stream(),
                codeUnit.getMethodReferencesFromSelf().stream());
    }
}

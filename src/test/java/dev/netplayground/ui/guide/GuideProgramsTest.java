package dev.netplayground.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.testing.ChildProgram;
import dev.netplayground.testing.JavaPrograms;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Java programs written for the Guide compile as shown (the generated ones are proven by the
 * snippet tests); those that finish by themselves run and print what the Guide says they do.
 */
@Timeout(60)
class GuideProgramsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"BlockingTcpServer", "Futures", "DataJson", "Errors"})
    void compilesWithoutWarnings(String className) throws Exception {
        JavaPrograms.compile(GuideCode.written(className + ".java"), className, dir);
    }

    @Test
    void dataJsonRefusesWhatSerdeRefusesAndIgnoresUnknownFields() throws Exception {
        try (ChildProgram program = JavaPrograms.compileAndStart(GuideCode.written("DataJson.java"), "DataJson", dir)) {
            assertThat(program.awaitExit()).as(program.err().text()).isZero();
            assertThat(program.out().next(6)).satisfiesExactly(
                    line -> assertThat(line).endsWith("-> Data { number: 5, boolean: true }"),
                    line -> assertThat(line).startsWith("{\"number\": 4294967296").contains("-> refused:"),
                    line -> assertThat(line).startsWith("{\"number\": \"5\"").contains("-> refused:"),
                    line -> assertThat(line).startsWith("{\"number\": 5}").contains("-> refused:"),
                    line -> assertThat(line).contains("\"extra\"").endsWith("-> Data { number: 5, boolean: true }"),
                    line -> assertThat(line).isEqualTo("{\"number\":5,\"boolean\":true}"));
        }
    }

    @Test
    void errorsShowsTheRefusedConnectionAsAValue() throws Exception {
        try (ChildProgram program = JavaPrograms.compileAndStart(GuideCode.written("Errors.java"), "Errors", dir)) {
            assertThat(program.awaitExit()).as(program.err().text()).isZero();
            assertThat(program.out().next()).startsWith("nobody listens there: java.net.ConnectException");
        }
    }

    @Test
    void everyStepHasItsTwoProgramsAndSomethingToTry() {
        assertThat(GuideSteps.all()).hasSize(9).allSatisfy(step -> {
            assertThat(step.rust()).contains("fn main");
            assertThat(step.java()).contains("public static void main");
            assertThat(step.tryThis()).isNotEmpty();
        });
    }
}

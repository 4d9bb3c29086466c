package dev.netplayground.snippet;

import dev.netplayground.testing.ChildProgram;
import dev.netplayground.testing.JavaPrograms;
import java.io.IOException;
import java.nio.file.Path;

/** The generated Java programs, compiled with javax.tools and run in a JVM of their own. */
class JavaProgramsTest extends GeneratedProgramContract {
    @Override
    Lang lang(Kind kind) {
        return Lang.JAVA;
    }

    @Override
    void assumeToolsFor(Kind kind) {
        // The JDK that runs the tests compiles and runs them.
    }

    @Override
    ChildProgram start(String program, SnippetSetup setup, Path dir) throws IOException {
        return JavaPrograms.compileAndStart(program, JavaSnippets.className(setup.kind()), dir);
    }
}

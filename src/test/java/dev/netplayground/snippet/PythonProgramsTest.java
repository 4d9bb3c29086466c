package dev.netplayground.snippet;

import dev.netplayground.testing.ChildProgram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The generated Python programs, run by python3. */
class PythonProgramsTest extends GeneratedProgramContract {
    @Override
    Lang lang(Kind kind) {
        return Lang.PYTHON;
    }

    @Override
    void assumeToolsFor(Kind kind) {
        Tools.assumeOnPath("python3");
    }

    @Override
    ChildProgram start(String program, SnippetSetup setup, Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve(setup.kind().cliName().replace('-', '_') + ".py"), program);
        return ChildProgram.start(dir, List.of(Tools.find("python3"), "-u", file.toString()));
    }
}

package dev.netplayground.snippet;

import dev.netplayground.testing.ChildProgram;
import dev.netplayground.testing.OutputLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The generated shell scripts: curl for the HTTP client, ncat for TCP, socat for UDP. */
class ShellProgramsTest extends GeneratedProgramContract {
    @Override
    Lang lang(Kind kind) {
        return kind == Kind.HTTP_POST || kind == Kind.HTTP_SERVER ? Lang.CURL : Lang.NCAT;
    }

    @Override
    void assumeToolsFor(Kind kind) {
        switch (kind) {
            case TCP_SERVER, TCP_CLIENT -> Tools.assumeOnPath("ncat");
            case UDP_RECEIVER, UDP_SENDER -> Tools.assumeOnPath("socat", "sed");
            case HTTP_SERVER, HTTP_POST -> Tools.assumeOnPath("curl");
        }
    }

    @Override
    boolean sayItsPort() {
        return false;
    }

    @Override
    OutputLines printed(ChildProgram server, SnippetSetup setup) {
        return setup.echo() ? server.err() : server.out();
    }

    @Override
    ChildProgram start(String program, SnippetSetup setup, Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve(setup.kind().cliName() + ".sh"), program);
        return ChildProgram.start(dir, List.of("/bin/sh", file.toString()));
    }
}

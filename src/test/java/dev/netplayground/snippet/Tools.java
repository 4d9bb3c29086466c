package dev.netplayground.snippet;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Tools from the machine's PATH that generated scripts need; a test without one is skipped, saying which. */
final class Tools {
    private Tools() {}

    static void assumeOnPath(String... commands) {
        for (String command : commands) {
            assumeTrue(find(command) != null, () -> command + " is not installed (apt-get install "
                    + (command.equals("python3") ? "python3" : command) + "), so its snippets were not run");
        }
    }

    static String find(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, command))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst().orElse(null);
    }
}

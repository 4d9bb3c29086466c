package dev.netplayground.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code curl} as an HTTPS client, run to its end. CI installs it (.ci/run); on a
 * machine without it the tests that need it are skipped, saying so; under CI they fail instead.
 */
public final class Curl {
    private static final long TIMEOUT_SECONDS = 20;

    /** What one run printed and how it ended. */
    public record Result(int exit, String out, String err) {
    }

    private Curl() {}

    /** Runs {@code curl --silent --show-error --max-time 10 args...} and waits (bounded) for its end. */
    public static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(command(), "--silent", "--show-error", "--max-time", "10"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> text(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> text(process.getErrorStream()));
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("curl did not end within " + TIMEOUT_SECONDS + " s: " + command);
        }
        return new Result(process.exitValue(), out.join(), err.join());
    }

    private static String command() {
        String found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "curl")).filter(Files::isExecutable).map(Path::toString)
                .findFirst().orElse(null);
        if (found == null && System.getenv("CI") != null) {
            throw new AssertionError("curl is not installed, and CI should have installed it (.ci/run)");
        }
        assumeTrue(found != null, "curl is not installed (apt-get install curl)");
        return found;
    }

    private static String text(java.io.InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}

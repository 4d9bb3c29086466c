package dev.netplayground.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code openssl} as a TLS peer, run as a child process. CI installs it (.ci/run); on
 * a machine without it the tests that need it are skipped, saying so; under CI they fail instead.
 */
public final class Openssl implements AutoCloseable {
    private final Process process;
    private final OutputLines out;
    private final OutputLines err;

    private Openssl(Process process) {
        this.process = process;
        this.out = new OutputLines(process.getInputStream(), "openssl-stdout");
        this.err = new OutputLines(process.getErrorStream(), "openssl-stderr");
    }

    public static String command() {
        String found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "openssl")).filter(Files::isExecutable).map(Path::toString)
                .findFirst().orElse(null);
        if (found == null && System.getenv("CI") != null) {
            throw new AssertionError("openssl is not installed, and CI should have installed it (.ci/run)");
        }
        assumeTrue(found != null, "openssl is not installed (apt-get install openssl)");
        return found;
    }

    /** Runs {@code openssl args...}; stdin stays open until {@link #send} closes it or the process ends. */
    public static Openssl run(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(command()));
        command.addAll(List.of(args));
        return new Openssl(new ProcessBuilder(command).start());
    }

    /** Writes text to openssl's stdin, keeping it open (s_client quits when its stdin ends). */
    public Openssl type(String text) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write(text.getBytes(StandardCharsets.UTF_8));
        in.flush();
        return this;
    }

    public OutputLines out() {
        return out;
    }

    public OutputLines err() {
        return err;
    }

    /** s_server's port, from its "ACCEPT [::]:PORT" line. */
    public int acceptPort() throws InterruptedException {
        for (String line = out.next(); ; line = out.next()) {
            if (line.startsWith("ACCEPT")) {
                return Integer.parseInt(line.substring(line.lastIndexOf(':') + 1).trim());
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(OutputLines.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }
}

package dev.netplayground.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** The options every {@code load} command shares: whom to load, for how long, how to print the result. */
final class LoadTarget {
    @Option(names = {"-H", "--host"}, defaultValue = "127.0.0.1",
            description = "Host to load (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = {"-p", "--port"}, required = true, description = "Port to load.")
    int port;

    @Option(names = {"-d", "--duration"}, defaultValue = "10",
            description = "Seconds to run (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    Duration duration() {
        return Duration.ofMillis((long) (seconds * 1000));
    }
}

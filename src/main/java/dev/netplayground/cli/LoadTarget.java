package dev.netplayground.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** The options every {@code load} command shares: whom to load, for how long, how to print the result. */
final class LoadTarget {
    @Option(names = {"-H", "--host"}, defaultValue = "127.0.0.1", converter = Converters.Host.class,
            description = "Host to load (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = {"-p", "--port"}, required = true, converter = Converters.Port.class, description = "Port to load.")
    int port;

    @Option(names = {"-d", "--duration"}, defaultValue = "10", converter = Converters.Seconds.class,
            description = "Seconds to run (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;
}

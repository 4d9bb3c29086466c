package dev.netplayground.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every {@code load} command shares: whom to load, for how long, how to print the result;
 * and how a load command runs with them.
 */
final class LoadTarget {
    @Mixin
    ServerAddressOptions server = new ServerAddressOptions();

    @Option(names = {"-d", "--duration"}, defaultValue = "10", converter = Converters.Seconds.class,
            description = "Seconds to run (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    /** A load against the target; an {@link IOException} means it could not be done, for the reason given. */
    @FunctionalInterface
    interface Load<R> {
        R run(String host, int port, Duration duration) throws Exception;
    }

    /**
     * Checks that the host resolves, runs the load, and prints its result on one line: as
     * {@code asJson} says with {@code --json}, else as {@code asText} says.
     *
     * @throws CommandFailure when the host is unknown or the load fails with an {@link IOException}
     */
    <R> R run(PrintStream out, Load<R> load, Function<R, String> asJson, Function<R, String> asText)
            throws Exception {
        KnownHosts.require(server.host);
        R result;
        try {
            result = load.run(server.host, server.port, duration);
        } catch (IOException e) {
            throw new CommandFailure(e.getMessage());
        }
        out.println(json ? asJson.apply(result) : asText.apply(result));
        return result;
    }
}

package dev.netplayground.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Function;
import picocli.CommandLine.Mixin;

/**
 * The options every {@code load} command shares: whom to load, for how long, how to print the result;
 * and how a load command runs with them.
 */
final class LoadTarget {
    @Mixin
    ServerAddressOptions server = new ServerAddressOptions();

    @Mixin
    LoadRunOptions run = new LoadRunOptions();

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
            result = load.run(server.host, server.port, run.duration);
        } catch (IOException e) {
            throw new CommandFailure(e.getMessage());
        }
        run.print(out, result, asJson, asText);
        return result;
    }
}

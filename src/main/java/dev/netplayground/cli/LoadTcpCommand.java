package dev.netplayground.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.load.LoadConfig;
import dev.netplayground.engine.load.LoadResult;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code load tcp}: N clients send lines to an echo server and time the round trips. */
@Command(
        name = "tcp",
        mixinStandardHelpOptions = true,
        description = {
            "Open N connections to a TCP echo server; each sends lines and waits for their echo.",
            "Prints connections, messages/s, bytes, round-trip p50/p90/p99/max and errors by kind;",
            "--json prints the same as one JSON object. Exit code 1 when any client failed.",
            "With --rate, each round trip counts from when its line was due, not when it could be sent, "
                    + "so a server that stalls shows its stall (no coordinated omission)."
        })
final class LoadTcpCommand extends IoCommand {
    @Mixin
    LoadTarget target = new LoadTarget();

    @Option(names = {"-c", "--clients"}, defaultValue = "100", converter = Converters.Clients.class,
            description = "Concurrent clients, 1 to 10000 (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = {"-s", "--size"}, defaultValue = "32", converter = Converters.LineBytes.class,
            description = "Bytes per line, newline included (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = {"-r", "--rate"}, defaultValue = "0", converter = Converters.LineRate.class,
            description = "Lines per second per client; 0 sends the next as soon as the echo is back (default).")
    double rate;

    @Override
    public Integer call() throws Exception {
        LoadResult result = target.run(io().out(), this::load, LoadTcpCommand::json, LoadResult::summary);
        if (result.errorCount() > 0) {
            throw new CommandFailure(failures(result));
        }
        return 0;
    }

    private LoadResult load(String host, int port, Duration duration)
            throws InterruptedException, ExecutionException {
        try (Engine engine = new Engine()) {
            return engine.startLoad(new LoadConfig(host, port, clients, duration, size, rate, Duration.ofSeconds(5)))
                    .done().get();
        }
    }

    private static String json(LoadResult result) {
        return new ObjectMapper().valueToTree(result.figures()).toString();
    }

    /** For example "3 of 100 clients failed: refused 2, reset 1." */
    private static String failures(LoadResult result) {
        String kinds = result.errors().entrySet().stream()
                .map(kind -> kind.getKey() + " " + kind.getValue())
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%,d of %,d clients failed: %s.", result.errorCount(), result.clients(),
                kinds);
    }
}

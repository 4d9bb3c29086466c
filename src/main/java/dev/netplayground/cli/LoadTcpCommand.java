package dev.netplayground.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.load.LoadConfig;
import dev.netplayground.engine.load.LoadResult;
import dev.netplayground.engine.load.LoadRun;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code load tcp}: N clients send lines to an echo server and time the round trips. */
@Command(
        name = "tcp",
        mixinStandardHelpOptions = true,
        description = {
            "Open N connections to a TCP echo server; each sends lines and waits for their echo.",
            "Prints connections, messages/s, bytes, round-trip p50/p90/p99/max and errors by kind;",
            "--json prints the same as one JSON object. Exit code 1 when any client failed."
        })
final class LoadTcpCommand implements Callable<Integer> {
    private final CliIo io;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    LoadTarget target = new LoadTarget();

    @Option(names = {"-c", "--clients"}, defaultValue = "100",
            description = "Concurrent clients, 1 to 10000 (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = {"-s", "--size"}, defaultValue = "32",
            description = "Bytes per line, newline included (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = {"-r", "--rate"}, defaultValue = "0",
            description = "Lines per second per client; 0 sends the next as soon as the echo is back (default).")
    double rate;

    LoadTcpCommand(CliIo io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        LoadConfig config;
        try {
            config = new LoadConfig(target.host, target.port, clients, target.duration(), size, rate,
                    Duration.ofSeconds(5));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Engine engine = new Engine()) {
            LoadRun run = engine.startLoad(config);
            LoadResult result;
            try {
                result = run.done().get();
            } catch (ExecutionException e) {
                io.err().println("error: " + e.getCause().getMessage());
                return 1;
            }
            if (target.json) {
                ObjectMapper json = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
                io.out().println(json.writeValueAsString(result.figures()));
            } else {
                io.out().println(result.summary());
            }
            return result.errorCount() == 0 ? 0 : 1;
        }
    }
}

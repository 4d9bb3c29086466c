package dev.netplayground.cli;

import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.http.DataServerConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code http-server}: the talk's Data server; accepted values to stdout, requests to stderr. */
@Command(
        name = "http-server",
        mixinStandardHelpOptions = true,
        description = {
            "Serve POST /data: JSON {\"number\": <u32>, \"boolean\": <bool>} answered with Received: Data { ... }.",
            "The first line on stderr is 'listening on http://HOST:PORT' with the real port. Each accepted",
            "Data is printed to stdout as 'Received: Data { number: N, boolean: B }'; every request,",
            "with its status and time, goes to stderr. Runs until interrupted (Ctrl-C)."
        })
final class HttpServerCommand implements Callable<Integer> {
    private final CliIo io;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    EventsFileOption eventsFile = new EventsFileOption();

    @Option(names = {"-p", "--port"}, required = true, description = "Port to listen on; 0 picks a free one.")
    int port;

    @Option(names = {"-b", "--bind"}, defaultValue = DataServerConfig.DEFAULT_BIND,
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--max-body", defaultValue = "" + DataServerConfig.DEFAULT_MAX_BODY_BYTES,
            description = "Largest request body in bytes; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    int maxBody;

    HttpServerCommand(CliIo io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        DataServerConfig config;
        try {
            config = new DataServerConfig(bind, port, maxBody);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        EventConsole console = new EventConsole(io.err(), EventKind.RECEIVED, EventKind.REJECTED, EventKind.FAILED);
        return Serving.serve(io, eventsFile, console,
                (engine, out) -> engine.startDataServer(config, data -> out.println("Received: " + data)).url());
    }
}

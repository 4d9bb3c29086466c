package dev.netplayground.cli;

import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.http.DataServerConfig;
import dev.netplayground.engine.tls.ServerTls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code http-server}: the talk's Data server; accepted values to stdout, requests to stderr. */
@Command(
        name = "http-server",
        mixinStandardHelpOptions = true,
        description = {
            "Serve POST /data: JSON {\"number\": <u32>, \"boolean\": <bool>} answered with Received: Data { ... }.",
            "The first line on stderr is 'listening on http://HOST:PORT' with the real port. Each accepted",
            "Data is printed to stdout as 'Received: Data { number: N, boolean: B }'; every request,",
            "with its status and time, goes to stderr. With --tls it serves HTTPS: 'listening on",
            "https://HOST:PORT', then 'certificate: sha256=HEX pem=FILE'. Runs until interrupted (Ctrl-C)."
        })
final class HttpServerCommand extends IoCommand {
    @Mixin
    ServingOptions serving = new ServingOptions();

    @Mixin
    TlsServerOptions tls = new TlsServerOptions();

    @Option(names = "--max-body", defaultValue = "" + DataServerConfig.DEFAULT_MAX_BODY_BYTES,
            converter = Converters.LimitBytes.class,
            description = "Largest request body in bytes; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    int maxBody;

    @Override
    public Integer call() {
        DataServerConfig config = new DataServerConfig(serving.bind, serving.port, maxBody);
        ServerTls serverTls = tls.build(serving.bind);
        EventConsole console = serverTls == null
                ? new EventConsole(io().err(), EventKind.RECEIVED, EventKind.REJECTED, EventKind.FAILED)
                : new EventConsole(io().err(), EventKind.SECURED, EventKind.RECEIVED, EventKind.REJECTED,
                        EventKind.FAILED);
        return Serving.serve(io(), serving, console, (engine, out) -> engine.startDataServer(config, serverTls,
                data -> out.println("Received: " + data)).url(), serverTls);
    }
}

package dev.netplayground.cli;

import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.engine.tcp.TcpServerConfig;
import dev.netplayground.engine.tls.ServerTls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tcp-server}: prints every received message to stdout, connection events to stderr. */
@Command(
        name = "tcp-server",
        mixinStandardHelpOptions = true,
        description = {
            "Listen for TCP connections; print each message received to stdout, one per line.",
            "Lines (the default framing) are written exactly as received; other messages as their text with",
            "inner line breaks escaped, or as 'hex: ..' when not UTF-8. The first line on stderr is",
            "'listening on tcp://HOST:PORT' with the real port; connection events follow on stderr.",
            "With --tls it prints 'listening on tls://HOST:PORT', then 'certificate: sha256=HEX pem=FILE'.",
            "With --reply rules it answers like a device: the first rule that matches a message replies.",
            "With --quiet it prints no messages: a sink for bulk traffic, as iperf3's server.",
            "Runs until interrupted (Ctrl-C)."
        })
final class TcpServerCommand extends IoCommand {
    @Spec
    CommandSpec spec;

    @Mixin
    ServingOptions serving = new ServingOptions();

    @Mixin
    FramingOptions framing = new FramingOptions();

    @Mixin
    ReplyOptions replies = new ReplyOptions();

    @Mixin
    TlsServerOptions tls = new TlsServerOptions();

    @Option(names = {"-m", "--model"}, defaultValue = "virtual",
            description = "Concurrency model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ConcurrencyModel model;

    @Option(names = {"-e", "--echo"},
            description = "Send every message back to its sender as it came (length header or delimiter included).")
    boolean echo;

    @Option(names = {"-q", "--quiet"},
            description = "Print no messages on stdout (connection events still go to stderr): a sink for bulk "
                    + "traffic, where printing what arrives would cost more than receiving it.")
    boolean quiet;

    @Option(names = "--max-connections", defaultValue = "" + TcpServerConfig.DEFAULT_MAX_CONNECTIONS,
            converter = Converters.Connections.class,
            description = "Connections held at once; more are refused (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @Override
    public Integer call() {
        TcpServerConfig config;
        try {
            config = new TcpServerConfig(serving.bind, serving.port, model, echo, framing.framing,
                    framing.maxMessageBytes, maxConnections, replies.rules());
        } catch (IllegalArgumentException e) {
            // Options fine alone, not together: a fixed size over --max-message.
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ServerTls serverTls = tls.build(serving.bind);
        EventConsole console = new EventConsole(io().err(), EventKind.ACCEPTED, EventKind.SECURED, EventKind.CLOSED,
                EventKind.REJECTED, EventKind.LIMIT, EventKind.FAILED);
        Serving.Starter starter = (engine, out) -> engine.startTcpServer(config, serverTls,
                quiet ? (id, peer, message) -> { } : (id, peer, message) -> MessagePrinter.print(out, message,
                        config.framing())).url();
        return Serving.serve(io(), serving, console, starter, serverTls);
    }
}

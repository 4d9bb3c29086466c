package dev.netplayground.cli;

import dev.netplayground.engine.codec.Frame;
import dev.netplayground.engine.codec.Framing;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.engine.tcp.TcpServerConfig;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tcp-server}: prints every received line to stdout, connection events to stderr. */
@Command(
        name = "tcp-server",
        mixinStandardHelpOptions = true,
        description = {
            "Listen for TCP connections; print each line received to stdout.",
            "Lines are written exactly as received. "
                    + "The first line on stderr is 'listening on tcp://HOST:PORT' with the real port;",
            "connection events follow on stderr. Runs until interrupted (Ctrl-C)."
        })
final class TcpServerCommand implements Callable<Integer> {
    private final CliIo io;

    @picocli.CommandLine.Mixin
    EventsFileOption eventsFile = new EventsFileOption();

    @Option(names = {"-p", "--port"}, required = true, description = "Port to listen on; 0 picks a free one.")
    int port;

    @Option(names = {"-b", "--bind"}, defaultValue = TcpServerConfig.DEFAULT_BIND,
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = {"-m", "--model"}, defaultValue = "virtual",
            description = "Concurrency model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ConcurrencyModel model;

    @Option(names = {"-e", "--echo"}, description = "Send every line back to its sender.")
    boolean echo;

    @Option(names = "--max-line", defaultValue = "" + Framing.DEFAULT_MAX_MESSAGE_BYTES,
            description = "Longest line delivered whole, in bytes (default: ${DEFAULT-VALUE}).")
    int maxLineBytes;

    @Option(names = "--max-connections", defaultValue = "" + TcpServerConfig.DEFAULT_MAX_CONNECTIONS,
            description = "Connections held at once; more are refused (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    TcpServerCommand(CliIo io) {
        this.io = io;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TcpServerConfig config;
        try {
            config = new TcpServerConfig(bind, port, model, echo, Framing.LINE, maxLineBytes, maxConnections);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        EventConsole console = new EventConsole(io.err(), EventKind.ACCEPTED, EventKind.CLOSED,
                EventKind.REJECTED, EventKind.LIMIT, EventKind.FAILED);
        return Serving.serve(io, eventsFile, console,
                (engine, out) -> engine.startTcpServer(config, (id, peer, line) -> print(out, line)).url());
    }

    /** Writes the line's bytes as received; a line cut by end of stream gets its newline. */
    private static void print(PrintStream out, Frame line) {
        synchronized (out) {
            out.writeBytes(line.bytes());
            if (line.cut() == Frame.Cut.UNFINISHED) {
                out.write('\n');
            }
        }
    }
}

package dev.netplayground.cli;

import dev.netplayground.engine.codec.Frame;
import dev.netplayground.engine.codec.Framing;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.engine.tcp.TcpServerConfig;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tcp-server}: prints every received line to stdout, connection events to stderr. */
@Command(
        name = "tcp-server",
        mixinStandardHelpOptions = true,
        description = {
            "Listen for TCP connections; print each line received to stdout.",
            "Lines are written exactly as received. The first line on stderr is 'listening on tcp://HOST:PORT' "
                    + "with the real port; connection events follow on stderr. Runs until interrupted (Ctrl-C)."
        })
final class TcpServerCommand implements Callable<Integer> {
    private final CliIo io;

    @Mixin
    ListenOptions listen = new ListenOptions();

    @Mixin
    EventsFileOption eventsFile = new EventsFileOption();

    @Option(names = {"-m", "--model"}, defaultValue = "virtual",
            description = "Concurrency model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ConcurrencyModel model;

    @Option(names = {"-e", "--echo"}, description = "Send every line back to its sender.")
    boolean echo;

    @Option(names = "--max-line", defaultValue = "" + Framing.DEFAULT_MAX_MESSAGE_BYTES,
            converter = Converters.LimitBytes.class,
            description = "Longest line delivered whole, in bytes (default: ${DEFAULT-VALUE}).")
    int maxLineBytes;

    @Option(names = "--max-connections", defaultValue = "" + TcpServerConfig.DEFAULT_MAX_CONNECTIONS,
            converter = Converters.Connections.class,
            description = "Connections held at once; more are refused (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    TcpServerCommand(CliIo io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        TcpServerConfig config = new TcpServerConfig(listen.bind, listen.port, model, echo, Framing.LINE,
                maxLineBytes, maxConnections);
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

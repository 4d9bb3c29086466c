package dev.netplayground.cli;

import dev.netplayground.engine.codec.Frame;
import dev.netplayground.engine.codec.LineFramer;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.tcp.TcpClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tcp-client}: sends stdin line by line, prints what the server sends back. */
@Command(
        name = "tcp-client",
        mixinStandardHelpOptions = true,
        description = {
            "Connect to a TCP server, send stdin line by line, print the answers.",
            "Each line of stdin is sent with a newline; what the server sends back is written to stdout. "
                    + "Exits when stdin ends (after the server's last answer) or",
            "when the server closes; exit code 1 when the connection fails."
        })
final class TcpClientCommand implements Callable<Integer> {
    private final CliIo io;

    @Option(names = {"-H", "--host"}, defaultValue = "127.0.0.1", converter = Converters.Host.class,
            description = "Server host (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = {"-p", "--port"}, required = true, converter = Converters.Port.class, description = "Server port.")
    int port;

    @Option(names = "--timeout", defaultValue = "5000", converter = Converters.TimeoutMillis.class,
            description = "Connect timeout in ms (default: ${DEFAULT-VALUE}).")
    int timeoutMillis;

    @Option(names = "--linger", defaultValue = "2000", converter = Converters.Millis.class,
            description = "After stdin ends, how long to wait for the server's answers, in ms "
                    + "(default: ${DEFAULT-VALUE}).")
    int lingerMillis;

    TcpClientCommand(CliIo io) {
        this.io = io;
    }

    @Override
    public Integer call() throws InterruptedException {
        KnownHosts.require(host);
        try (Engine engine = new Engine()) {
            EventConsole console = new EventConsole(io.err(), EventKind.CONNECTED, EventKind.FAILED);
            engine.log().subscribe(console);
            TcpClient client = engine.createTcpClient(message -> write(io.out(), message.bytes()));
            try {
                client.connect(host, port, Duration.ofMillis(timeoutMillis)).get();
            } catch (ExecutionException e) {
                console.printPending();
                return 1;
            }
            CompletableFuture<Void> stdinDone = CompletableFuture.runAsync(
                    () -> sendLines(io.in(), client),
                    runnable -> Thread.ofPlatform().daemon().name("netpg-stdin").start(runnable));
            CompletableFuture<Void> closed = client.closed();
            console.pumpUntil(() -> stdinDone.isDone() || closed.isDone());
            if (stdinDone.isDone() && !closed.isDone()) {
                client.finishSending();
                console.pumpUntil(closed::isDone, Duration.ofMillis(lingerMillis));
            }
            if (closed.isDone() && !stdinDone.isDone()) {
                io.err().println("the server closed the connection");
            }
            boolean failed = console.sawFailure() || stdinDone.isCompletedExceptionally();
            return failed ? 1 : 0;
        }
    }

    /** Reads stdin as bytes, so text in any encoding goes out unchanged, one line per message. */
    private static void sendLines(InputStream in, TcpClient client) {
        LineFramer framer = new LineFramer(Integer.MAX_VALUE - 16);
        byte[] buffer = new byte[16 * 1024];
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                sendAll(client, framer.feed(buffer, 0, n));
            }
            sendAll(client, framer.finish());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void sendAll(TcpClient client, List<Frame> lines) {
        for (Frame line : lines) {
            byte[] bytes = line.cut() == Frame.Cut.WHOLE ? line.bytes() : withNewline(line.bytes());
            client.send(bytes).join();
        }
    }

    private static byte[] withNewline(byte[] bytes) {
        byte[] out = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        out[bytes.length] = '\n';
        return out;
    }

    private static void write(PrintStream out, byte[] bytes) {
        synchronized (out) {
            out.writeBytes(bytes);
            out.flush();
        }
    }
}

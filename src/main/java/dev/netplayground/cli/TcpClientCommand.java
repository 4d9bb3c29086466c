package dev.netplayground.cli;

import dev.netplayground.engine.codec.Frame;
import dev.netplayground.engine.codec.Framing;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.tcp.TcpClient;
import dev.netplayground.engine.tls.ClientTls;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tcp-client}: sends stdin line by line (or a file), prints what the server sends back. */
@Command(
        name = "tcp-client",
        mixinStandardHelpOptions = true,
        description = {
            "Connect to a TCP server, send stdin line by line, print the answers.",
            "Each line of stdin is one message: with line framing it is sent with a newline, with another",
            "framing with its length header or delimiter; --hex reads each line as hex bytes. --file sends a",
            "file's bytes as they are instead. Answers are cut by the same framing and printed one per line",
            "(lines as received). Exits when stdin ends (after the server's last answer) or when the server",
            "closes; exit code 1 when the connection fails."
        })
final class TcpClientCommand extends IoCommand {
    @Mixin
    ServerAddressOptions server = new ServerAddressOptions();

    @Option(names = "--timeout", defaultValue = "5000", converter = Converters.TimeoutMillis.class,
            description = "Connect timeout in ms (default: ${DEFAULT-VALUE}).")
    int timeoutMillis;

    @Option(names = "--linger", defaultValue = "2000", converter = Converters.Millis.class,
            description = "After stdin ends, how long to wait for the server's answers, in ms "
                    + "(default: ${DEFAULT-VALUE}).")
    int lingerMillis;

    @Mixin
    FramingOptions framing = new FramingOptions();

    @Mixin
    SendSource source = new SendSource();

    @Mixin
    TlsClientOptions tls = new TlsClientOptions();

    @Override
    public Integer call() throws InterruptedException {
        source.checkOneSource();
        try {
            framing.framing.checkMaxMessage(framing.maxMessageBytes);
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
        byte[] fileBytes = source.fileBytes();
        KnownHosts.require(server.host);
        ClientTls clientTls = tls.build();
        try (Engine engine = new Engine()) {
            EventConsole console = new EventConsole(io().err(), EventKind.CONNECTED, EventKind.SECURED,
                    EventKind.LIMIT, EventKind.FAILED);
            engine.log().subscribe(console);
            TcpClient client = engine.createTcpClient(message -> print(io().out(), message));
            try {
                client.connect(server.host, server.port, Duration.ofMillis(timeoutMillis), framing.framing,
                        framing.maxMessageBytes, clientTls).get();
            } catch (ExecutionException e) {
                console.printPending();
                return 1;
            }
            CompletableFuture<Void> sent = CompletableFuture.runAsync(
                    () -> send(client, fileBytes),
                    runnable -> Thread.ofPlatform().daemon().name("netpg-stdin").start(runnable));
            CompletableFuture<Void> closed = client.closed();
            console.pumpUntil(() -> sent.isDone() || closed.isDone());
            if (sent.isDone() && !closed.isDone()) {
                client.finishSending();
                console.pumpUntil(closed::isDone, Duration.ofMillis(lingerMillis));
            }
            if (closed.isDone() && !sent.isDone()) {
                io().err().println("the server closed the connection");
            }
            if (sent.isCompletedExceptionally()) {
                io().err().println("error: " + whySendingStopped(sent.exceptionNow()));
            }
            boolean failed = console.sawFailure() || sent.isCompletedExceptionally();
            return failed ? 1 : 0;
        }
    }

    private static String whySendingStopped(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof UncheckedIOException e ? "cannot read stdin: " + e.getCause().getMessage()
                : cause.getMessage();
    }

    /** On its own thread: the file, or stdin line by line, each message after the one before. */
    private void send(TcpClient client, byte[] fileBytes) {
        if (fileBytes != null) {
            client.send(fileBytes).join();
            return;
        }
        Framing cutting = framing.framing;
        try {
            StdinMessages.read(io().in(), source.hex, Integer.MAX_VALUE - 16, (line, payload) -> {
                client.send(wire(cutting, line, payload)).join();
                return true;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (CompletionException e) {
            // A failed send: the client has logged why, and the console shows it.
        }
    }

    /** A text line goes out as typed with its own line ending; anything else framed as the framing says. */
    private byte[] wire(Framing cutting, Frame line, byte[] payload) {
        if (cutting instanceof Framing.Line && !source.hex) {
            return line.cut() == Frame.Cut.WHOLE ? line.bytes() : withNewline(line.bytes());
        }
        try {
            return cutting.encode(payload);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("a line of stdin cannot be sent: " + e.getMessage());
        }
    }

    private static byte[] withNewline(byte[] bytes) {
        byte[] out = Arrays.copyOf(bytes, bytes.length + 1);
        out[bytes.length] = '\n';
        return out;
    }

    /** Each message as it comes: flushed, since a person may be waiting for it. */
    private void print(PrintStream out, Frame message) {
        synchronized (out) {
            MessagePrinter.print(out, message, framing.framing);
            out.flush();
        }
    }
}

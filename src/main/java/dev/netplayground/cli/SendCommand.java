package dev.netplayground.cli;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.http.HttpResult;
import dev.netplayground.engine.udp.Datagram;
import dev.netplayground.store.ItemKey;
import dev.netplayground.store.ItemSender;
import dev.netplayground.store.SavedItem;
import dev.netplayground.store.SendFailedException;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code send NAME}: sends a saved message, request or sequence and prints what comes back. */
@Command(
        name = "send",
        mixinStandardHelpOptions = true,
        description = {
            "Send a saved message, request or sequence and print what comes back.",
            "TCP: what the server sends until it is quiet for --wait ms or closes. UDP: the replies to the sender's",
            "port, one per line, until quiet for --wait ms. HTTP: the status and headers on stderr, the body on",
            "stdout. Exit code 1 when sending fails or a server answers with a non-2xx status."
        })
final class SendCommand extends IoCommand {
    @Parameters(index = "0", paramLabel = "NAME", converter = Converters.ItemName.class,
            description = "The item's name, or KIND/NAME (messages/hello) when a message and a request share it.")
    String name;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--wait", defaultValue = "1000", converter = Converters.Millis.class,
            description = "After sending, wait for answers until none came for this many ms (default: "
                    + "${DEFAULT-VALUE}).")
    int waitMillis;

    @Option(names = "--timeout", defaultValue = "10000", converter = Converters.TimeoutMillis.class,
            description = "Give up connecting or waiting for an HTTP answer after this many ms (default: "
                    + "${DEFAULT-VALUE}).")
    int timeoutMillis;

    @Override
    public Integer call() throws InterruptedException {
        try (Engine engine = new Engine()) {
            ItemSender sender = new ItemSender(engine, workspace.open(), Duration.ofMillis(Math.max(0, waitMillis)),
                    Duration.ofMillis(Math.max(1, timeoutMillis)));
            sender.send(name, new Printer());
            return 0;
        } catch (SendFailedException e) {
            io().err().println("error: " + e.getMessage());
            return 1;
        }
    }

    /** Answers to stdout as they come; what is being sent, and HTTP status and headers, to stderr. */
    private final class Printer implements ItemSender.Output {
        @Override
        public void sending(ItemKey key, SavedItem item) {
            io().err().println("sending " + key + ": " + item.summary());
        }

        @Override
        public void received(byte[] bytes) {
            synchronized (io().out()) {
                io().out().writeBytes(bytes);
                io().out().flush();
            }
        }

        @Override
        public void datagram(Datagram datagram) {
            MessagePrinter.print(io().out(), datagram.kept());
        }

        @Override
        public void answered(HttpResult result) {
            io().err().println(result.statusLine());
            result.headers().forEach(io().err()::println);
            if (result.isCut()) {
                io().err().printf("note: the answer's body was cut after its first %,d bytes%n", result.cutAt());
            }
            io().out().println(result.body());
        }
    }
}

package dev.netplayground.cli;

import dev.netplayground.engine.codec.Frame;
import dev.netplayground.engine.codec.LineFramer;
import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.udp.SendRun;
import dev.netplayground.engine.udp.UdpLimits;
import dev.netplayground.engine.udp.UdpSender;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code udp-sender}: one datagram per stdin line; replies to stdout. */
@Command(
        name = "udp-sender",
        mixinStandardHelpOptions = true,
        description = {
            "Send each line of stdin as one UDP datagram; print the replies.",
            "The line is sent without its line break. Replies that come back to the sender's port are",
            "printed one per line on stdout. Exit code 1 when a datagram could not be sent."
        })
final class UdpSenderCommand implements Callable<Integer> {
    private final CliIo io;

    @Option(names = {"-H", "--host"}, defaultValue = "127.0.0.1", converter = Converters.Host.class,
            description = "Target host (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = {"-p", "--port"}, required = true, converter = Converters.Port.class, description = "Target port.")
    int port;

    @Option(names = {"-n", "--count"}, defaultValue = "1", converter = Converters.Count.class,
            description = "Times to send each line (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = {"-i", "--interval"}, defaultValue = "0", converter = Converters.Millis.class,
            description = "Milliseconds between repeated datagrams (default: ${DEFAULT-VALUE}).")
    int intervalMillis;

    @Option(names = {"-b", "--bind"}, defaultValue = "0.0.0.0", converter = Converters.BindAddress.class,
            description = "Local address to send from (default: ${DEFAULT-VALUE}, on an ephemeral port).")
    String bind;

    @Option(names = "--broadcast", description = "Allow sending to a broadcast address.")
    boolean broadcast;

    @Option(names = "--linger", defaultValue = "500", converter = Converters.Millis.class,
            description = "After stdin ends, how long to wait for replies, in ms (default: ${DEFAULT-VALUE}).")
    int lingerMillis;

    UdpSenderCommand(CliIo io) {
        this.io = io;
    }

    @Override
    public Integer call() throws InterruptedException {
        KnownHosts.require(host);
        try (Engine engine = new Engine()) {
            EventConsole console = new EventConsole(io.err(), EventKind.FAILED);
            engine.log().subscribe(console);
            UdpSender sender;
            try {
                sender = engine.openUdpSender(bind, broadcast, datagram -> DatagramPrinter.print(io.out(), datagram));
            } catch (EndpointStartException e) {
                io.err().println("error: " + e.getMessage());
                return 1;
            }
            io.err().println("sending from " + sender.url() + " to " + host + ":" + port);
            boolean ok = sendLines(io.in(), sender, console);
            console.pumpUntil(() -> false, Duration.ofMillis(lingerMillis));
            return ok ? 0 : 1;
        }
    }

    private boolean sendLines(InputStream in, UdpSender sender, EventConsole console) throws InterruptedException {
        LineFramer framer = new LineFramer(UdpLimits.MAX_DATAGRAM_BYTES + 1);
        byte[] buffer = new byte[16 * 1024];
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                for (Frame line : framer.feed(buffer, 0, n)) {
                    if (!send(sender, line, console)) {
                        return false;
                    }
                }
            }
            for (Frame line : framer.finish()) {
                if (!send(sender, line, console)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            io.err().println("error: cannot read stdin: " + e.getMessage());
            return false;
        }
    }

    private boolean send(UdpSender sender, Frame line, EventConsole console) throws InterruptedException {
        byte[] datagram = line.cut() == Frame.Cut.PIECE ? line.bytes() : line.payload();
        SendRun run = sender.sendRepeatedly(host, port, datagram, count, Duration.ofMillis(intervalMillis), sent -> {});
        SendRun.Result result = run.done().join();
        console.printPending();
        return result.failure() == null;
    }
}

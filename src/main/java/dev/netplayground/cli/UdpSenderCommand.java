package dev.netplayground.cli;

import dev.netplayground.engine.core.Addresses;
import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.udp.SendRun;
import dev.netplayground.engine.udp.SequenceStamp;
import dev.netplayground.engine.udp.UdpLimits;
import dev.netplayground.engine.udp.UdpSender;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code udp-sender}: one datagram per stdin line (or a file's bytes); replies to stdout. */
@Command(
        name = "udp-sender",
        mixinStandardHelpOptions = true,
        description = {
            "Send each line of stdin as one UDP datagram; print the replies.",
            "The line is sent without its line break; with --hex each line is hex bytes. --file sends the",
            "file's bytes as one datagram instead. Replies that come back to the sender's port are printed",
            "one per line on stdout. Exit code 1 when a datagram could not be sent."
        })
final class UdpSenderCommand extends IoCommand {
    @Mixin
    ServerAddressOptions server = new ServerAddressOptions();

    @Option(names = {"-n", "--count"}, defaultValue = "1", converter = Converters.Count.class,
            description = "Times to send each line (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = {"-i", "--interval"}, defaultValue = "0", converter = Converters.Millis.class,
            description = "Milliseconds between repeated datagrams (default: ${DEFAULT-VALUE}).")
    int intervalMillis;

    @Option(names = {"-b", "--bind"}, defaultValue = "0.0.0.0", converter = Converters.BindAddress.class,
            description = "Local address to send from (default: ${DEFAULT-VALUE}, :: for an IPv6 host; "
                    + "on an ephemeral port).")
    String bind;

    @Option(names = "--broadcast", description = "Allow sending to a broadcast address.")
    boolean broadcast;

    @Option(names = "--linger", defaultValue = "500", converter = Converters.Millis.class,
            description = "After stdin ends, how long to wait for replies, in ms (default: ${DEFAULT-VALUE}).")
    int lingerMillis;

    @Option(names = "--seq", description = "Start each datagram with a sequence stamp (" + SequenceStamp.BYTES
            + " bytes: number, from 0, and send time) before its bytes, for 'udp-receiver --seq'.")
    boolean sequence;

    @Mixin
    SendSource source = new SendSource();

    @Override
    public Integer call() throws InterruptedException {
        source.checkOneSource();
        byte[] fileBytes = datagram(source.fileBytes());
        KnownHosts.require(server.host);
        try (Engine engine = new Engine()) {
            EventConsole console = new EventConsole(io().err(), EventKind.FAILED);
            engine.log().subscribe(console);
            UdpSender sender;
            try {
                sender = engine.openUdpSender(UdpSender.localAddressFor(bind, server.host), broadcast,
                        datagram -> MessagePrinter.print(io().out(), datagram.kept()));
            } catch (EndpointStartException e) {
                io().err().println("error: " + e.getMessage());
                return 1;
            }
            io().err().println("sending from " + sender.url() + " to " + Addresses.hostPort(server.host, server.port));
            boolean ok = fileBytes != null ? send(sender, fileBytes, console) : sendLines(sender, console);
            console.pumpUntil(() -> false, Duration.ofMillis(lingerMillis));
            return ok ? 0 : 1;
        }
    }

    /** The file's bytes as they are, if one datagram holds them. */
    private byte[] datagram(byte[] fileBytes) {
        int room = UdpLimits.MAX_DATAGRAM_BYTES - (sequence ? SequenceStamp.BYTES : 0);
        if (fileBytes != null && fileBytes.length > room) {
            throw new CommandFailure(String.format(Locale.ROOT, "%s has %,d bytes; a UDP datagram holds at most "
                    + "%,d%s.", source.file, fileBytes.length, room, sequence ? " after the sequence stamp" : ""));
        }
        return fileBytes;
    }

    private boolean sendLines(UdpSender sender, EventConsole console) throws InterruptedException {
        try {
            return StdinMessages.read(io().in(), source.hex, UdpLimits.MAX_DATAGRAM_BYTES + 1,
                    (line, payload) -> send(sender, payload, console));
        } catch (IOException e) {
            io().err().println("error: cannot read stdin: " + e.getMessage());
            return false;
        }
    }

    private boolean send(UdpSender sender, byte[] datagram, EventConsole console) throws InterruptedException {
        SendRun run = sender.sendRepeatedly(server.host, server.port, datagram, count,
                Duration.ofMillis(intervalMillis), sequence, sent -> {});
        SendRun.Result result = run.done().join();
        console.printPending();
        return result.failure() == null;
    }
}

package dev.netplayground.cli;

import dev.netplayground.engine.load.UdpFlood;
import dev.netplayground.engine.udp.SequenceStamp;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code load udp}: sends datagrams as fast as the socket takes them. */
@Command(
        name = "udp",
        mixinStandardHelpOptions = true,
        description = {
            "Send datagrams of --size bytes to a UDP receiver as fast as the socket takes them (like iperf3 -u -b 0),",
            "or --rate of them per second, evenly paced (a sender that fell behind catches up).",
            "Prints how many were sent and refused (nothing listening; exit code 1); "
                    + "compare with what the receiver counted.",
            "--json prints the same as JSON. With --seq each datagram starts with a 20-byte sequence stamp",
            "(number and send time), so 'udp-receiver --seq' can report loss, duplicates, reordering and jitter."
        })
final class LoadUdpCommand extends IoCommand {
    @Mixin
    LoadTarget target = new LoadTarget();

    @Option(names = {"-s", "--size"}, defaultValue = "64", converter = Converters.DatagramBytes.class,
            description = "Bytes per datagram, 0 to 65507 (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--rate", defaultValue = "0", paramLabel = "PER_S", converter = Converters.DatagramRate.class,
            description = "Datagrams per second, paced evenly (default: 0, as fast as the socket takes them).")
    int rate;

    @Option(names = "--seq", description = "Start each datagram with a sequence stamp (the first "
            + SequenceStamp.BYTES + " bytes: number and send time) for 'udp-receiver --seq'.")
    boolean sequence;

    @Override
    public Integer call() throws Exception {
        if (sequence && size < SequenceStamp.BYTES) {
            throw usageError("--seq needs --size of at least " + SequenceStamp.BYTES
                    + " bytes (the stamp takes the first " + SequenceStamp.BYTES + "), not " + size + ".");
        }
        UdpFlood.Result result = target.run(io().out(),
                (host, port, duration) -> UdpFlood.run(host, port, duration, size, rate, sequence),
                LoadUdpCommand::json, this::text);
        if (result.refused() > 0) {
            throw new CommandFailure(String.format(Locale.ROOT, "%,d datagrams refused: nothing listens on %s port %d.",
                    result.refused(), target.server.host, target.server.port));
        }
        if (result.sent() == 0) {
            throw new CommandFailure("no datagram could be sent within the duration.");
        }
        return 0;
    }

    private static String json(UdpFlood.Result result) {
        return String.format(Locale.ROOT, "{\"sent\":%d,\"refused\":%d,\"seconds\":%.3f,\"sentPerSecond\":%.0f}",
                result.sent(), result.refused(), result.seconds(), result.sentPerSecond());
    }

    private String text(UdpFlood.Result result) {
        String refused = result.refused() > 0 ? String.format(Locale.ROOT,
                "; %,d refused: nothing listens on port %d", result.refused(), target.server.port) : "";
        return String.format(Locale.ROOT, "sent %,d datagrams of %d bytes in %.2f s (%,.0f/s)%s", result.sent(), size,
                result.seconds(), result.sentPerSecond(), refused);
    }
}

package dev.netplayground.cli;

import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.udp.UdpReceiver;
import dev.netplayground.engine.udp.UdpReceiverConfig;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code udp-receiver}: prints each datagram on a line of stdout; truncation and failures on stderr. */
@Command(
        name = "udp-receiver",
        mixinStandardHelpOptions = true,
        description = {
            "Receive UDP datagrams; print each one as a line on stdout.",
            "Text is printed with inner line breaks escaped; bytes that are not UTF-8 as 'hex: ..'.",
            "The first line on stderr is 'listening on udp://HOST:PORT' with the real port; datagrams",
            "longer than the buffer are reported there as truncated. Runs until interrupted (Ctrl-C),",
            "then prints on stderr how many datagrams it received and how many were truncated.",
            "Broadcast and multicast need --bind 0.0.0.0. With --reply rules it answers like a device: the",
            "first rule that matches a datagram replies to its source.",
            "With --seq, sequence-stamped datagrams ('load udp --seq', 'udp-sender --seq', the window's Sequence",
            "box) are measured per source, as iperf3 -u does; on stop (and every --report-every seconds) stderr gets:",
            "'received=N lost=N duplicated=N reordered=N jitter_ms=X.XXX source=HOST:PORT', counted since start."
        })
final class UdpReceiverCommand extends IoCommand {
    @Mixin
    ServingOptions serving = new ServingOptions();

    @Mixin
    ReplyOptions replies = new ReplyOptions();

    @Option(names = "--buffer", defaultValue = "" + UdpReceiverConfig.DEFAULT_BUFFER_BYTES,
            converter = Converters.BufferBytes.class,
            description = "Receive buffer in bytes (default: ${DEFAULT-VALUE}, the Ethernet MTU); "
                    + "longer datagrams are cut and reported.")
    int buffer;

    @Option(names = {"-e", "--echo"}, description = "Send every datagram back to its source.")
    boolean echo;

    @Option(names = "--group", converter = Converters.MulticastGroup.class,
            description = "Multicast group to join, e.g. 239.1.2.3 or ff02::1234 (with --bind 0.0.0.0 or ::).")
    String group;

    @Option(names = "--interface", converter = Converters.InterfaceName.class,
            description = "Network interface for the multicast group, e.g. eth0 (default: the first that can).")
    String networkInterface;

    @Option(names = "--seq", description = "Report the quality of sequence-stamped datagrams per source on stop.")
    boolean sequence;

    @Option(names = "--report-every", converter = Converters.Seconds.class, paramLabel = "S",
            description = "With --seq, also print the report every S seconds while receiving.")
    Duration reportEvery;

    private volatile UdpReceiver receiver;

    @Override
    public Integer call() {
        if (reportEvery != null && !sequence) {
            throw usageError("--report-every prints the --seq report; add --seq.");
        }
        UdpReceiverConfig config = new UdpReceiverConfig(serving.bind, serving.port, buffer, echo, group,
                networkInterface, replies.rules());
        EventConsole console = new EventConsole(io().err(), event -> event.kind() == EventKind.FAILED
                || event.kind() == EventKind.STOPPED
                || (event.kind() == EventKind.RECEIVED && event.message().startsWith("truncated")));
        Serving.Report report = sequence
                ? new Serving.Report(reportEvery, () -> QualityReport.print(io().err(), receiver))
                : Serving.Report.NONE;
        return Serving.serve(io(), serving, console, (engine, out) -> {
            receiver = engine.startUdpReceiver(config, datagram -> MessagePrinter.print(out, datagram.kept()));
            return receiver.url();
        }, report);
    }
}

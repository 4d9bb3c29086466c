package dev.netplayground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.udp.SequenceStamp;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code load udp --seq} and {@code udp-receiver --seq}: the stamp written, the quality report printed. */
@Timeout(60)
class CliQualityTest {
    private static final String REPORT = "received=\\d+ lost=\\d+ duplicated=\\d+ reordered=\\d+"
            + " jitter_ms=\\d+\\.\\d{3} source=127\\.0\\.0\\.1:\\d+";

    @Test
    void theReceiverReportsEachSourceOnStopAfterItsCount() throws Exception {
        RunningServer receiver = RunningServer.start("udp-receiver", "udp", "--seq");
        String source;
        try (DatagramChannel channel = DatagramChannel.open()) {
            channel.connect(new InetSocketAddress("127.0.0.1", receiver.port()));
            source = "127.0.0.1:" + ((InetSocketAddress) channel.getLocalAddress()).getPort();
            for (long sequence : new long[] {0, 2, 1, 1, 5}) {
                channel.write(ByteBuffer.wrap(new SequenceStamp(sequence, System.nanoTime()).prependTo(new byte[0])));
                receiver.out().nextLine();
            }
        }
        assertThat(receiver.stop()).isZero();
        receiver.err().awaitLineContaining("after 5 datagrams");
        String report = receiver.err().nextLine();
        assertThat(report).matches(REPORT);
        assertThat(report).startsWith("received=5 lost=2 duplicated=1 reordered=1 jitter_ms=").endsWith(" source="
                + source);
    }

    @Test
    void withNoStampedDatagramTheReportIsAllZero() throws Exception {
        RunningServer receiver = RunningServer.start("udp-receiver", "udp", "--seq");
        assertThat(receiver.stop()).isZero();
        receiver.err().awaitLineContaining("after 0 datagrams");
        assertThat(receiver.err().nextLine()).isEqualTo("received=0 lost=0 duplicated=0 reordered=0 jitter_ms=0.000");
    }

    @Test
    void aPacedStampedLoadArrivesWhole() throws Exception {
        RunningServer receiver = RunningServer.start("udp-receiver", "udp", "--seq", "--report-every", "0.1");
        // A report comes while it runs, before any datagram.
        assertThat(receiver.err().nextLine()).isEqualTo("received=0 lost=0 duplicated=0 reordered=0 jitter_ms=0.000");
        CliRun load = CliRun.of("load", "udp", "--port", String.valueOf(receiver.port()), "--seq", "--size", "20",
                "--rate", "1000", "--duration", "0.3", "--json");
        assertThat(load.exit()).isZero();
        assertThat(load.json().get("sent").asLong()).isEqualTo(300);
        String whole = receiver.err().awaitLineContaining("received=300 ");
        assertThat(whole).matches(REPORT).startsWith("received=300 lost=0 duplicated=0 reordered=0 ");
        assertThat(receiver.stop()).isZero();
    }

    @Test
    void udpSenderSeqNumbersEveryDatagramItSends() throws Exception {
        RunningServer receiver = RunningServer.start("udp-receiver", "udp", "--seq");
        CliRun sender = CliRun.withInput("ping\npong\n", "udp-sender", "--port", String.valueOf(receiver.port()),
                "--count", "2", "--seq", "--linger", "0");
        assertThat(sender.exit()).isZero();
        for (int i = 0; i < 4; i++) {
            receiver.out().nextLine();
        }
        assertThat(receiver.stop()).isZero();
        receiver.err().awaitLineContaining("after 4 datagrams");
        assertThat(receiver.err().nextLine()).matches(REPORT)
                .startsWith("received=4 lost=0 duplicated=0 reordered=0 jitter_ms=");
    }

    @Test
    void aStampNeedsTwentyBytesAndReportEveryNeedsSeq() {
        CliRun load = CliRun.of("load", "udp", "--port", "9", "--seq", "--size", "19");
        assertThat(load.exit()).isEqualTo(2);
        assertThat(load.err()).isEqualTo("error: --seq needs --size of at least 20 bytes (the stamp takes the first "
                + "20), not 19. See 'net-playground load udp --help'.\n");
        CliRun receiver = CliRun.of("udp-receiver", "--port", "0", "--report-every", "1");
        assertThat(receiver.exit()).isEqualTo(2);
        assertThat(receiver.err()).isEqualTo("error: --report-every prints the --seq report; add --seq. "
                + "See 'net-playground udp-receiver --help'.\n");
    }
}

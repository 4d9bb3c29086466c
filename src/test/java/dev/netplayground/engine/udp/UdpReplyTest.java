package dev.netplayground.engine.udp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.codec.TextCodec;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.reply.ReplyRule;
import dev.netplayground.testing.EngineExtension;
import dev.netplayground.testing.EventRecorder;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A UDP receiver answering by reply rules, to the source of each datagram. */
@Timeout(30)
class UdpReplyTest {
    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();
    private final EventRecorder recorder = engines.recorder();

    @Test
    void aMatchingDatagramGetsTheRulesReplyAndTheOthersTheEcho() throws Exception {
        UdpReceiver receiver = engine.startUdpReceiver(UdpReceiverConfig.defaults(0).withEcho(true)
                .withReplyRules(List.of(ReplyRule.parse("hex:01 03=>hex:81 {{echo}}", 0))), datagram -> {});
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(10_000);
            for (byte[] datagram : new byte[][] {{1, 3}, {7}}) {
                socket.send(new DatagramPacket(datagram, datagram.length, receiver.localAddress()));
                DatagramPacket answer = new DatagramPacket(new byte[100], 100);
                socket.receive(answer);
                byte[] bytes = Arrays.copyOf(answer.getData(), answer.getLength());
                assertThat(TextCodec.toHex(bytes)).isEqualTo(datagram.length == 2 ? "81 01 03" : "07");
            }
        }
        assertThat(recorder.await(e -> e.endpoint().equals(receiver.id()) && e.kind() == EventKind.SENT, 2))
                .extracting(e -> e.message()).containsExactly("reply of rule 1 (equals hex 01 03)", "");
    }
}

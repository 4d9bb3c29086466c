package dev.netplayground.engine.udp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.testing.EngineExtension;
import dev.netplayground.testing.EventRecorder;
import dev.netplayground.testing.Queues;
import dev.netplayground.testing.Threads;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(30)
class UdpTest {
    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();
    private final EventRecorder recorder = engines.recorder();
    private final LinkedBlockingQueue<Datagram> received = new LinkedBlockingQueue<>();

    private UdpReceiver receiver(UdpReceiverConfig config) throws EndpointStartException {
        return engine.startUdpReceiver(config, received::add);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Datagram next() throws InterruptedException {
        return Queues.next(received, "datagram");
    }

    @Test
    void receivesAndCountsManyDatagrams() throws Exception {
        UdpReceiver receiver = receiver(UdpReceiverConfig.defaults(0));
        UdpSender sender = engine.openUdpSender("127.0.0.1", false, d -> {});
        int count = 300;
        SendRun run = sender.sendRepeatedly("127.0.0.1", receiver.localAddress().getPort(), utf8("ping"), count,
                Duration.ZERO, sent -> {});
        assertThat(run.done().get(10, TimeUnit.SECONDS)).isEqualTo(new SendRun.Result(count, null, false));
        for (int i = 0; i < count; i++) {
            assertThat(next().kept()).isEqualTo(utf8("ping"));
        }
        assertThat(receiver.stats()).isEqualTo(new UdpStats(count, 4L * count, 0));
        assertThat(recorder.events(receiver.id(), EventKind.RECEIVED)).hasSize(count);
    }

    @Test
    void decodesOnlyTheBytesReceivedAndShowsInvalidUtf8AsHex() throws Exception {
        UdpReceiver receiver = receiver(UdpReceiverConfig.defaults(0));
        UdpSender sender = engine.openUdpSender("127.0.0.1", false, d -> {});
        sender.send("127.0.0.1", receiver.localAddress().getPort(), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF});
        sender.send("127.0.0.1", receiver.localAddress().getPort(), utf8("ok"));
        assertThat(next().kept()).hasSize(3);
        assertThat(next().kept()).isEqualTo(utf8("ok"));
        var events = recorder.await(e -> e.endpoint().equals(receiver.id()) && e.kind() == EventKind.RECEIVED, 2);
        assertThat(events).extracting(NetEvent::summary).containsExactly("hex: C3 28 FF", "ok");
    }

    @Test
    void detectsTruncationWithTheDefaultBufferAndSaysHowMuchWasKept() throws Exception {
        UdpReceiver receiver = receiver(UdpReceiverConfig.defaults(0));
        UdpSender sender = engine.openUdpSender("127.0.0.1", false, d -> {});
        byte[] big = new byte[2000];
        java.util.Arrays.fill(big, (byte) 'a');
        sender.send("127.0.0.1", receiver.localAddress().getPort(), big);
        Datagram datagram = next();
        assertThat(datagram.truncated()).isTrue();
        assertThat(datagram.kept()).hasSize(1500);
        assertThat(datagram.originalLength()).isEqualTo(2000);
        assertThat(receiver.stats().truncated()).isEqualTo(1);
        assertThat(recorder.await(receiver.id(), EventKind.RECEIVED).message())
                .contains("datagram of 2000 bytes, kept 1500");
        sender.send("127.0.0.1", receiver.localAddress().getPort(), new byte[1500]);
        assertThat(next().truncated()).isFalse();
    }

    @Test
    void echoesToTheSourceAndTheSenderShowsTheReply() throws Exception {
        UdpReceiver receiver = receiver(UdpReceiverConfig.defaults(0).withEcho(true));
        LinkedBlockingQueue<Datagram> replies = new LinkedBlockingQueue<>();
        UdpSender sender = engine.openUdpSender("127.0.0.1", false, replies::add);
        assertThat(sender.send("127.0.0.1", receiver.localAddress().getPort(), utf8("marco"))).isNull();
        Datagram reply = Queues.next(replies, "reply");
        assertThat(reply.kept()).isEqualTo(utf8("marco"));
        assertThat(reply.source().getPort()).isEqualTo(receiver.localAddress().getPort());
        assertThat(receiver.lastSource().getPort()).isEqualTo(sender.localAddress().getPort());
    }

    @Test
    void repliesToTheLastSourceFromTheSameSocket() throws Exception {
        UdpReceiver receiver = receiver(UdpReceiverConfig.defaults(0));
        assertThat(receiver.replyToLast(utf8("x"))).contains("No datagram received yet");
        try (DatagramSocket peer = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            peer.setSoTimeout(10_000);
            peer.send(new DatagramPacket(utf8("hi"), 2, receiver.localAddress()));
            next();
            assertThat(receiver.replyToLast(utf8("hello back"))).isNull();
            DatagramPacket packet = new DatagramPacket(new byte[100], 100);
            peer.receive(packet);
            assertThat(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8))
                    .isEqualTo("hello back");
            assertThat(packet.getPort()).isEqualTo(receiver.localAddress().getPort());
        }
    }

    @Test
    void stoppingWhileReceivingEndsTheLoopAndLeavesNoThread() throws Exception {
        UdpReceiver receiver = receiver(UdpReceiverConfig.defaults(0));
        UdpSender sender = engine.openUdpSender("127.0.0.1", false, d -> {});
        SendRun run = sender.sendRepeatedly("127.0.0.1", receiver.localAddress().getPort(), utf8("flood"), 1_000_000,
                Duration.ofMillis(1), sent -> {});
        next();
        engine.release(receiver);
        assertThat(recorder.await(receiver.id(), EventKind.STOPPED).message()).contains("datagrams");
        run.stop();
        assertThat(run.done().get(10, TimeUnit.SECONDS).stopped()).isTrue();
        engine.close();
        assertThat(engine.isTerminated()).isTrue();
        assertThat(Threads.engineThreads()).isEmpty();
    }

    @Test
    void refusesADatagramLargerThanUdpCanCarry() throws Exception {
        UdpSender sender = engine.openUdpSender("127.0.0.1", false, d -> {});
        String failure = sender.send("127.0.0.1", 9, new byte[65_508]);
        assertThat(failure).contains("at most 65507 bytes").contains("65508");
        assertThat(recorder.await(sender.id(), EventKind.FAILED).message()).isEqualTo(failure);
    }

    @Test
    void unknownHostIsExplained() throws Exception {
        UdpSender sender = engine.openUdpSender("0.0.0.0", false, d -> {});
        assertThat(sender.url()).startsWith("udp://0.0.0.0:");
        assertThat(sender.send("no-such-host.invalid", 9, utf8("x"))).contains("Unknown host 'no-such-host.invalid'");
    }

    @Test
    void portInUseIsExplained() throws Exception {
        UdpReceiver first = receiver(UdpReceiverConfig.defaults(0));
        int port = first.localAddress().getPort();
        assertThatThrownBy(() -> receiver(UdpReceiverConfig.defaults(port)))
                .isInstanceOf(EndpointStartException.class)
                .hasMessageContaining("already in use");
    }

    @Test
    void rejectsANonMulticastGroup() {
        UdpReceiverConfig unicastGroup =
                UdpReceiverConfig.defaults(0).withBindAddress("0.0.0.0").withMulticast("10.0.0.1", null);
        assertThatThrownBy(() -> receiver(unicastGroup))
                .hasMessageContaining("not a multicast group");
    }

    @Test
    void receivesBroadcastDatagrams() throws Exception {
        UdpReceiver receiver = receiver(UdpReceiverConfig.defaults(0).withBindAddress("0.0.0.0"));
        UdpSender sender = engine.openUdpSender("0.0.0.0", true, d -> {});
        assertThat(sender.send("255.255.255.255", receiver.localAddress().getPort(), utf8("to all"))).isNull();
        assertThat(next().kept()).isEqualTo(utf8("to all"));
    }

    @Test
    void sendingToBroadcastWithoutTheOptionIsExplained() throws Exception {
        UdpSender sender = engine.openUdpSender("0.0.0.0", false, d -> {});
        assertThat(sender.send("255.255.255.255", 9, utf8("to all"))).contains("broadcast option");
    }

    @Test
    void joinsAMulticastGroupAndReceivesWhatIsSentToIt() throws Exception {
        UdpReceiver receiver = receiver(
                UdpReceiverConfig.defaults(0).withBindAddress("0.0.0.0").withMulticast("239.1.2.3", "lo"));
        assertThat(recorder.await(receiver.id(), EventKind.STARTED).message()).contains("joined 239.1.2.3 on lo");
        try (java.net.MulticastSocket socket = new java.net.MulticastSocket(0)) {
            socket.setNetworkInterface(java.net.NetworkInterface.getByName("lo"));
            socket.send(new DatagramPacket(utf8("group hello"), 11,
                    new InetSocketAddress("239.1.2.3", receiver.localAddress().getPort())));
        }
        assertThat(next().kept()).isEqualTo(utf8("group hello"));
    }
}

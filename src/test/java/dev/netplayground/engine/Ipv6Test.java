package dev.netplayground.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.netplayground.engine.codec.Frame;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.http.DataServer;
import dev.netplayground.engine.http.DataServerConfig;
import dev.netplayground.engine.http.HttpResult;
import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.engine.tcp.TcpClient;
import dev.netplayground.engine.tcp.TcpServer;
import dev.netplayground.engine.tcp.TcpServerConfig;
import dev.netplayground.engine.udp.Datagram;
import dev.netplayground.engine.udp.UdpReceiver;
import dev.netplayground.engine.udp.UdpReceiverConfig;
import dev.netplayground.engine.udp.UdpSender;
import dev.netplayground.testing.EngineExtension;
import dev.netplayground.testing.EventRecorder;
import dev.netplayground.testing.Ipv6Loopback;
import dev.netplayground.testing.Queues;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every endpoint over IPv6 loopback, written in the short form: {@code [::1]:PORT}. */
@Timeout(30)
class Ipv6Test {
    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();
    private final EventRecorder recorder = engines.recorder();

    @BeforeAll
    static void needsIpv6Loopback() {
        Ipv6Loopback.assumeAvailable();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void tcpServerOnIpv6LoopbackEchoesAndNamesItselfInShortForm(ConcurrencyModel model) throws Exception {
        TcpServer server = engine.startTcpServer(
                TcpServerConfig.defaults(0, model).withBindAddress("::1").withEcho(true), (id, peer, line) -> {});
        int port = server.localAddress().getPort();
        assertThat(server.url()).isEqualTo("tcp://[::1]:" + port);
        LinkedBlockingQueue<Frame> echoes = new LinkedBlockingQueue<>();
        TcpClient client = engine.createTcpClient(echoes::add);
        client.connect("::1", port, Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
        client.send(utf8("over six\n"));
        assertThat(new String(Queues.next(echoes, "echo").bytes(), StandardCharsets.UTF_8)).isEqualTo("over six\n");
        assertThat(recorder.await(server.id(), EventKind.ACCEPTED).peer()).startsWith("[::1]:");
        assertThat(recorder.await(client.id(), EventKind.CONNECTED).peer()).isEqualTo("[::1]:" + port);
    }

    @Test
    void theIpv6WildcardAlsoAcceptsIpv4ClientsWhereTheSystemIsDualStack() throws Exception {
        TcpServer server = engine.startTcpServer(
                TcpServerConfig.defaults(0, ConcurrencyModel.NIO).withBindAddress("::").withEcho(true),
                (id, peer, line) -> {});
        assertThat(server.url()).startsWith("tcp://[::]:");
        try (Socket v4 = new Socket("127.0.0.1", server.localAddress().getPort())) {
            v4.getOutputStream().write(utf8("v4\n"));
            assertThat(readLine(v4.getInputStream())).isEqualTo("v4");
        }
        assertThat(recorder.await(server.id(), EventKind.ACCEPTED).peer()).startsWith("127.0.0.1:");
    }

    @Test
    void aNameWithBothFamiliesTriesTheNextWhenTheFirstRefusesAndSaysWhichConnected() throws Exception {
        InetAddress[] localhost = InetAddress.getAllByName("localhost");
        assumeTrue(localhost.length > 1, "localhost resolves to one address here");
        // Listen on the address tried last only, so the first attempt is refused.
        InetAddress last = localhost[localhost.length - 1];
        TcpServer server = engine.startTcpServer(TcpServerConfig.defaults(0, ConcurrencyModel.VIRTUAL)
                .withBindAddress(last.getHostAddress()), (id, peer, line) -> {});
        TcpClient client = engine.createTcpClient(frame -> {});
        client.connect("localhost", server.localAddress().getPort(), Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
        String family = last instanceof Inet6Address ? "IPv6" : "IPv4";
        assertThat(recorder.await(client.id(), EventKind.CONNECTED).message())
                .contains("localhost is ").contains("connected over " + family + " after ").contains("failed");
    }

    @Test
    void udpOverIpv6LoopbackBothWaysFromTheDefaultSenderAddress() throws Exception {
        LinkedBlockingQueue<Datagram> received = new LinkedBlockingQueue<>();
        UdpReceiver receiver = engine.startUdpReceiver(
                UdpReceiverConfig.defaults(0).withBindAddress("::1").withEcho(true), received::add);
        int port = receiver.localAddress().getPort();
        assertThat(receiver.url()).isEqualTo("udp://[::1]:" + port);
        LinkedBlockingQueue<Datagram> replies = new LinkedBlockingQueue<>();
        UdpSender sender = engine.openUdpSender(UdpSender.localAddressFor("0.0.0.0", "::1"), false, replies::add);
        assertThat(sender.send("::1", port, utf8("six"))).isNull();
        assertThat(Queues.next(received, "datagram").kept()).isEqualTo(utf8("six"));
        assertThat(Queues.next(replies, "echo").kept()).isEqualTo(utf8("six"));
    }

    @Test
    void anIpv4SocketSendingToIpv6SaysWhyInsteadOfNothing() throws Exception {
        UdpSender sender = engine.openUdpSender("127.0.0.1", false, d -> {});
        assertThat(sender.send("::1", 9, utf8("x"))).isEqualTo("Cannot send to [::1]:9 from a socket of the other "
                + "IP family: send from :: (any IPv6) to an IPv6 address, from 0.0.0.0 to an IPv4 one.");
        assertThat(recorder.events(sender.id(), EventKind.SENT)).isEmpty();
    }

    @Test
    void joinsAnIpv6MulticastGroupOnTheChosenInterface() throws Exception {
        NetworkInterface nic = ipv6MulticastInterface();
        LinkedBlockingQueue<Datagram> received = new LinkedBlockingQueue<>();
        UdpReceiver receiver = engine.startUdpReceiver(UdpReceiverConfig.defaults(0).withBindAddress("0.0.0.0")
                .withMulticast("ff02::4e50", nic.getName()), received::add);
        assertThat(recorder.await(receiver.id(), EventKind.STARTED).message())
                .contains("joined ff02::4e50 on " + nic.getName());
        UdpSender sender = engine.openUdpSender("::", false, d -> {});
        String group = "ff02::4e50%" + nic.getName();
        assertThat(sender.send(group, receiver.localAddress().getPort(), utf8("group six"))).isNull();
        assertThat(Queues.next(received, "datagram").kept()).isEqualTo(utf8("group six"));
    }

    /** Loopback has no IPv6 multicast route on Linux: an interface that is up and has an IPv6 address. */
    private static NetworkInterface ipv6MulticastInterface() throws IOException {
        var found = NetworkInterface.networkInterfaces().filter(nic -> {
            try {
                return nic.isUp() && !nic.isLoopback() && nic.supportsMulticast()
                        && nic.inetAddresses().anyMatch(a -> a instanceof Inet6Address && a.isLinkLocalAddress());
            } catch (IOException e) {
                return false;
            }
        }).findFirst();
        assumeTrue(found.isPresent(), "no network interface here does IPv6 multicast");
        return found.get();
    }

    @Test
    void httpServerOnIpv6LoopbackAnswersOurClient() throws Exception {
        DataServer server = engine.startDataServer(
                new DataServerConfig("::1", 0, DataServerConfig.DEFAULT_MAX_BODY_BYTES), data -> {});
        int port = server.localAddress().getPort();
        assertThat(server.url()).isEqualTo("http://[::1]:" + port);
        HttpResult result = engine.createDataClient().post("http://[::1]:" + port + "/data",
                "{\"number\": 6, \"boolean\": true}", Duration.ofSeconds(10)).get(10, TimeUnit.SECONDS);
        assertThat(result.body()).isEqualTo("Received: Data { number: 6, boolean: true }");
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            line.append((char) b);
        }
        return line.toString();
    }
}

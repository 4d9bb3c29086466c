package dev.netplayground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.testing.Ipv6Loopback;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The commands over IPv6 loopback: short addresses in brackets, and no error without a reason. */
@Timeout(60)
class CliIpv6Test {
    @BeforeAll
    static void needsIpv6Loopback() {
        Ipv6Loopback.assumeAvailable();
    }

    @Test
    void tcpServerOnIpv6LoopbackSaysSoInShortFormAndEchoesOurClient() throws Exception {
        RunningServer server = RunningServer.startOn("[::1]", "tcp-server", "tcp", "--bind", "::1", "--echo");
        CliRun client = CliRun.withInput("six", "tcp-client", "--host", "::1", "--port", String.valueOf(server.port()));
        assertThat(client.out()).isEqualTo("six\n");
        assertThat(client.err()).startsWith("connected [::1]:" + server.port() + ": from [::1]:");
        assertThat(server.err().awaitLineContaining("accepted")).startsWith("accepted [::1]:");
        assertThat(server.stop()).isZero();
    }

    @Test
    void udpSenderToAnIpv6HostSendsFromTheIpv6WildcardAndGetsTheEcho() throws Exception {
        RunningServer receiver = RunningServer.startOn("[::1]", "udp-receiver", "udp", "--bind", "::1", "--echo");
        CliRun sender = CliRun.withInput("six", "udp-sender", "--host", "::1", "--port",
                String.valueOf(receiver.port()), "--linger", "1000");
        assertThat(sender.exit()).as(sender.err()).isZero();
        assertThat(sender.err()).startsWith("sending from udp://[::]:").contains(" to [::1]:" + receiver.port());
        assertThat(sender.out()).isEqualTo("six\n");
        assertThat(receiver.out().nextLine()).isEqualTo("six");
        assertThat(receiver.stop()).isZero();
    }

    @Test
    void udpSenderFromAnIpv4AddressToAnIpv6HostSaysWhy() {
        CliRun sender = CliRun.withInput("six", "udp-sender", "--host", "::1", "--port", "9", "--bind", "127.0.0.1",
                "--linger", "0");
        assertThat(sender.exit()).isOne();
        assertThat(sender.errLines()).contains("error: Cannot send to [::1]:9 from a socket of the other IP family: "
                + "send from :: (any IPv6) to an IPv6 address, from 0.0.0.0 to an IPv4 one.");
    }

    @Test
    void httpServerOnIpv6LoopbackServesHttpPost() throws Exception {
        RunningServer server = RunningServer.startOn("[::1]", "http-server", "http", "--bind", "::1");
        CliRun post = CliRun.of("http-post", "--url", "http://[::1]:" + server.port() + "/data",
                "--number", "6", "--boolean", "true");
        assertThat(post.out()).isEqualTo("Received: Data { number: 6, boolean: true }\n");
        assertThat(server.stop()).isZero();
    }
}

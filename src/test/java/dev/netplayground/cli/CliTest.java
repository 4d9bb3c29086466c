package dev.netplayground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netplayground.testing.ClosedPorts;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class CliTest {
    @Test
    void tcpServerPrintsTheRealPortThenEveryLineExactlyAsReceived() throws Exception {
        RunningServer server = RunningServer.tcp();
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("hello\nworld\r\n".getBytes(StandardCharsets.UTF_8));
            assertThat(server.out().nextLine()).isEqualTo("hello");
            assertThat(server.out().nextLine()).isEqualTo("world\r");
            out.write("no newline".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(server.out().nextLine()).isEqualTo("no newline");
        assertThat(server.err().awaitLineContaining("accepted 127.0.0.1:")).contains("connection #1");
        assertThat(server.err().awaitLineContaining("closed")).contains("closed by peer");
        assertThat(server.stop()).isZero();
    }

    @Test
    void eventsFileKeepsEveryEventAsJsonLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.jsonl");
        RunningServer server = RunningServer.start("tcp-server", "tcp", "--events-file", file.toString());
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write("logged\n".getBytes(StandardCharsets.UTF_8));
            assertThat(server.out().nextLine()).isEqualTo("logged");
        }
        server.err().awaitLineContaining("closed");
        assertThat(server.stop()).isZero();
        // Events of different threads may reach the file a little out of order; "seq" is the order.
        List<String> kinds = Files.readAllLines(file).stream()
                .sorted(Comparator.comparingLong(line -> Long.parseLong(line.replaceAll(".*\"seq\":([0-9]+).*", "$1"))))
                .map(line -> line.replaceAll(".*\"kind\":\"([A-Z]+)\".*", "$1")).toList();
        assertThat(kinds).containsExactly("STARTED", "ACCEPTED", "RECEIVED", "CLOSED", "STOPPED");
    }

    @Test
    void tcpClientSendsStdinLinesAndPrintsTheEchoes() throws Exception {
        RunningServer server = RunningServer.tcp("--echo", "--model", "nio");
        CliRun client = CliRun.withInput("one\ntwo\nthree", "tcp-client", "--port", String.valueOf(server.port()));
        assertThat(client.exit()).isZero();
        assertThat(client.out()).isEqualTo("one\ntwo\nthree\n");
        assertThat(server.out().nextLine()).isEqualTo("one");
        assertThat(server.stop()).isZero();
    }

    @Test
    void tcpClientFailsWithAClearMessageWhenRefused() throws Exception {
        int port = ClosedPorts.tcp();
        CliRun client = CliRun.of("tcp-client", "--port", String.valueOf(port));
        assertThat(client.exit()).isEqualTo(1);
        assertThat(client.err()).contains("error: Connection refused by 127.0.0.1:" + port);
    }

    @Test
    void tcpServerOnAPortInUseSaysSoAndExitsWithOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun server = CliRun.of("tcp-server", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(server.exit()).isEqualTo(1);
            assertThat(server.err()).contains("already in use");
        }
    }

    @Test
    void unknownOptionIsOneLinePointingToHelpWithExitCodeTwo() {
        CliRun run = CliRun.of("tcp-server", "--port", "0", "--bogus");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: Unknown option: '--bogus'. See 'net-playground tcp-server --help'.\n");
    }

    @Test
    void invalidPortIsABadUsageThatSaysWhatIsAllowed() {
        CliRun run = CliRun.of("tcp-server", "--port", "70000");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: Invalid value for option '--port': '70000' is not allowed: use a port "
                + "from 0 to 65535 (0 picks a free one). See 'net-playground tcp-server --help'.\n");
    }

    @Test
    void udpReceiverPrintsOneLinePerDatagramAndReportsTruncation() throws Exception {
        RunningServer receiver = RunningServer.start("udp-receiver", "udp", "--buffer", "8");
        try (java.net.DatagramSocket socket = new java.net.DatagramSocket()) {
            java.net.InetSocketAddress target = new java.net.InetSocketAddress("127.0.0.1", receiver.port());
            for (byte[] datagram : new byte[][] {
                    "hello\n".getBytes(StandardCharsets.UTF_8),
                    {(byte) 0xC3, 0x28},
                    "two\nlines".getBytes(StandardCharsets.UTF_8),
                    "much longer than eight".getBytes(StandardCharsets.UTF_8)}) {
                socket.send(new java.net.DatagramPacket(datagram, datagram.length, target));
            }
        }
        assertThat(receiver.out().nextLine()).isEqualTo("hello");
        assertThat(receiver.out().nextLine()).isEqualTo("hex: C3 28");
        assertThat(receiver.out().nextLine()).isEqualTo("two\\nline");
        assertThat(receiver.out().nextLine()).isEqualTo("much lon");
        assertThat(receiver.err().awaitLineContaining("datagram of 22 bytes")).contains("truncated").contains("kept 8");
        assertThat(receiver.stop()).isZero();
    }

    @Test
    void udpSenderSendsEachLineAndPrintsTheReplies() throws Exception {
        RunningServer receiver = RunningServer.start("udp-receiver", "udp", "--echo");
        CliRun sender = CliRun.withInput("ping\npong\n",
                "udp-sender", "--port", String.valueOf(receiver.port()), "--count", "2", "--linger", "1000");
        assertThat(sender.exit()).isZero();
        assertThat(receiver.out().nextLine()).isEqualTo("ping");
        assertThat(sender.out()).isEqualTo("ping\nping\npong\npong\n");
        assertThat(receiver.stop()).isZero();
    }

    @Test
    void httpServerAndHttpPostSpeakTheTalksProtocol() throws Exception {
        RunningServer server = RunningServer.start("http-server", "http");
        String url = "http://127.0.0.1:" + server.port() + "/data";
        CliRun post = CliRun.of("http-post", "--url", url, "--number", "5", "--boolean", "true");
        assertThat(post.exit()).isZero();
        assertThat(post.out()).isEqualTo("Received: Data { number: 5, boolean: true }\n");
        assertThat(server.out().nextLine()).isEqualTo("Received: Data { number: 5, boolean: true }");
        assertThat(server.err().awaitLineContaining("POST /data → 200")).startsWith("received 127.0.0.1:");

        CliRun refused = CliRun.of("http-post", "--url", url, "--json", "{\"number\": true, \"boolean\": true}");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.errLines().get(0)).isEqualTo("400 Bad Request");
        assertThat(refused.errLines().get(1)).contains("field `number`").contains("got a boolean");
        assertThat(server.stop()).isZero();
    }

    @Test
    void httpServerPrintsOnlyWhatSerdeAcceptsInRustsDebugForm() throws Exception {
        RunningServer server = RunningServer.start("http-server", "http");
        String url = "http://127.0.0.1:" + server.port() + "/data";
        assertThat(CliRun.of("http-post", "--url", url, "--json", "null").exit()).isEqualTo(1);
        assertThat(server.err().awaitLineContaining("POST /data → 400")).endsWith("got null (line 1, column 1).");
        assertThat(CliRun.of("http-post", "--url", url, "--json", "[6, false]").exit()).isZero();
        assertThat(server.out().nextLine()).isEqualTo("Received: Data { number: 6, boolean: false }");
        assertThat(server.stop()).isZero();
    }

    @Test
    void httpPostRefusesANumberOutsideU32AsBadUsage() {
        CliRun post = CliRun.of(
                "http-post", "--url", "http://127.0.0.1:9/data", "--number", "4294967296", "--boolean", "true");
        assertThat(post.exit()).isEqualTo(2);
        assertThat(post.err()).contains("Invalid value for option '--number': '4294967296' is not allowed: "
                + "use a whole number from 0 to 4294967295.");
    }

    @Test
    void loadTcpPrintsAJsonResultThatMatchesTheServer() throws Exception {
        RunningServer server = RunningServer.start("tcp-server", "tcp", "--echo", "--model", "nio");
        CliRun load = CliRun.of("load", "tcp", "--port", String.valueOf(server.port()),
                "--clients", "5", "--duration", "0.5", "--json");
        assertThat(load.exit()).isZero();
        JsonNode result = load.json();
        assertThat(result.get("connected").asInt()).isEqualTo(5);
        assertThat(result.get("messages").asLong()).isPositive();
        assertThat(result.get("p50Ms").asDouble()).isLessThanOrEqualTo(result.get("p99Ms").asDouble());
        assertThat(result.get("errors").size()).isZero();
        assertThat(server.stop()).isZero();
    }

    @Test
    void loadUdpFloodsAReceiverThatCountsWhatArrived() throws Exception {
        RunningServer server = RunningServer.start("udp-receiver", "udp");
        CliRun load = CliRun.of("load", "udp", "--port", String.valueOf(server.port()),
                "--duration", "0.2", "--size", "5", "--json");
        assertThat(load.exit()).isZero();
        long sent = load.json().get("sent").asLong();
        assertThat(sent).isPositive();
        assertThat(server.out().nextLine()).isEqualTo("abcde");
        assertThat(server.stop()).isZero();
        assertThat(server.err().awaitLineContaining("stopped")).containsPattern("after [1-9][0-9]* datagrams");
    }

    @Test
    void loadTcpBulkMeasuresUntilTheServerHasReadEverything() throws Exception {
        RunningServer server = RunningServer.tcp("--model", "nio");
        CliRun load = CliRun.of("load", "tcp-bulk", "--port", String.valueOf(server.port()),
                "--duration", "0.2", "--line", "10", "--json");
        assertThat(load.exit()).isZero();
        JsonNode result = load.json();
        assertThat(result.get("serverClosed").asBoolean()).isTrue();
        assertThat(result.get("bytes").asLong()).isPositive();
        assertThat(server.out().nextLine()).isEqualTo("abcdefghi");
        assertThat(server.stop()).isZero();
    }

    @Test
    void loadUdpToAPortWithNoReceiverExitsWithOne() throws Exception {
        int port = ClosedPorts.udp();
        CliRun load = CliRun.of("load", "udp", "--port", String.valueOf(port), "--duration", "0.2");
        assertThat(load.exit()).isEqualTo(1);
        assertThat(load.out()).contains("refused: nothing listens on port " + port);
    }

    @Test
    void everyCommandHasHelp() {
        String[] commands = {
            "tcp-server", "tcp-client", "udp-receiver", "udp-sender", "http-server", "http-post", "load"
        };
        for (String command : commands) {
            CliRun help = CliRun.of(command, "--help");
            assertThat(help.exit()).isZero();
            assertThat(help.out()).contains("Usage: net-playground " + command);
        }
    }
}

package dev.netplayground.cli;

import static dev.netplayground.engine.codec.TextCodec.parseHex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.codec.TextCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** --framing, --max-message, --hex and --file on the TCP and UDP commands. */
@Timeout(60)
class CliFramingTest {
    @Test
    void tcpServerPrintsEachMessageAsOneLineAndEchoesItFramed() throws Exception {
        RunningServer server = RunningServer.tcp("--framing", "length:2", "--echo");
        byte[] sent = parseHex("00 05 68 65 6C 6C 6F" + "00 03 61 0A 62" + "00 02 FF FE");
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            for (byte b : sent) {
                out.write(b);
            }
            assertThat(server.out().nextLine()).isEqualTo("hello");
            assertThat(server.out().nextLine()).isEqualTo("a\\nb");
            assertThat(server.out().nextLine()).isEqualTo("hex: FF FE");
            assertThat(socket.getInputStream().readNBytes(sent.length)).isEqualTo(sent);
        }
        assertThat(server.stop()).isZero();
    }

    @Test
    void aQuietTcpServerReceivesAndEchoesButPrintsNoMessage() throws Exception {
        RunningServer server = RunningServer.tcp("--framing", "raw", "--echo", "--quiet");
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("hello\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(socket.getInputStream().readNBytes(6)).isEqualTo("hello\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(server.err().awaitLineContaining("closed 127.0.0.1:")).contains("connection #1");
        assertThat(server.stop()).isZero();
        assertThat(server.out().text()).isEmpty();
    }

    @Test
    void tcpServerClosesAConnectionWhoseMessageIsOverTheMaximumAndSaysWhy() throws Exception {
        RunningServer server = RunningServer.tcp("--framing", "length:4", "--max-message", "10");
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(parseHex("00 00 01 00 41"));
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
        assertThat(server.err().awaitLineContaining("limit 127.0.0.1:")).endsWith(": A length header (00 00 01 00) "
                + "announced a 256-byte message, over the 10-byte limit. The connection is closed; 5 bytes received "
                + "were not delivered.");
        assertThat(server.err().awaitLineContaining("closed 127.0.0.1:"))
                .endsWith("connection #1 closed: a message over the limit");
        assertThat(server.stop()).isZero();
    }

    @Test
    void tcpClientFramesEachLineAndPrintsEachAnswer() throws Exception {
        RunningServer server = RunningServer.tcp("--framing", "delimiter:00", "--echo", "--model", "nio");
        CliRun client = CliRun.withInput("hello\nworld\r\n", "tcp-client", "--port", String.valueOf(server.port()),
                "--framing", "delimiter:00");
        assertThat(client.exit()).as(client.err()).isZero();
        assertThat(client.out()).isEqualTo("hello\nworld\n");
        assertThat(server.out().nextLine()).isEqualTo("hello");
        assertThat(server.out().nextLine()).isEqualTo("world");
        assertThat(server.stop()).isZero();
    }

    @Test
    void tcpClientSendsHexLinesWithTheLengthHeaderItAdds() throws Exception {
        RunningServer server = RunningServer.tcp("--framing", "length:2:le");
        CliRun client = CliRun.withInput("68 69\n0x01:0x02\n", "tcp-client", "--port", String.valueOf(server.port()),
                "--framing", "length:2:le", "--hex", "--linger", "0");
        assertThat(client.exit()).as(client.err()).isZero();
        assertThat(server.out().nextLine()).isEqualTo("hi");
        assertThat(server.out().nextLine()).isEqualTo("hex: 01 02");
        assertThat(server.stop()).isZero();
    }

    @Test
    void tcpClientSendsAFileAsItIs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("frame.bin");
        Files.write(file, parseHex("00 03 FF 00 0A"));
        RunningServer server = RunningServer.tcp("--framing", "length:2");
        CliRun client = CliRun.of("tcp-client", "--port", String.valueOf(server.port()), "--file", file.toString(),
                "--linger", "0");
        assertThat(client.exit()).as(client.err()).isZero();
        assertThat(server.out().nextLine()).isEqualTo("hex: FF 00 0A");
        assertThat(server.stop()).isZero();
    }

    @Test
    void aLineThatIsNotHexStopsTheClientWithTheLineNamed() throws Exception {
        RunningServer server = RunningServer.tcp();
        CliRun client = CliRun.withInput("41\n4G\n42\n", "tcp-client", "--port", String.valueOf(server.port()),
                "--hex", "--linger", "0");
        assertThat(client.exit()).isEqualTo(1);
        assertThat(client.err()).contains("error: line 2 of stdin is not hex: 'G' is not a hex digit");
        assertThat(server.out().nextLine()).isEqualTo("A");
        assertThat(server.stop()).isZero();
    }

    @Test
    void aBadFramingIsAUsageErrorThatSaysWhatIsAllowed() {
        CliRun run = CliRun.of("tcp-server", "--port", "0", "--framing", "length:3");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: Invalid value for option '--framing': 'length:3' is not allowed: use "
                + "line, raw, delimiter:HEX (1 to 64 bytes), fixed:N (bytes) or length:BYTES[:le][:incl] (BYTES 1, 2, "
                + "4 or 8). See 'net-playground tcp-server --help'.\n");
    }

    @Test
    void aFixedSizeOverTheMaximumIsAUsageError() {
        CliRun run = CliRun.of("tcp-server", "--port", "0", "--framing", "fixed:100", "--max-message", "10");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: Fixed messages of 100 bytes are over the 10-byte maximum message "
                + "size; raise the maximum. See 'net-playground tcp-server --help'.\n");
    }

    @Test
    void fileAndHexTogetherAreAUsageError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("x"), "x");
        for (String command : new String[] {"tcp-client", "udp-sender"}) {
            CliRun run = CliRun.of(command, "--port", "9", "--file", file.toString(), "--hex");
            assertThat(run.exit()).as(command).isEqualTo(2);
            assertThat(run.errLines()).as(command).singleElement().asString()
                    .startsWith("error: --file sends a file's bytes as they are; --hex is for stdin");
        }
    }

    @Test
    void aFileThatCannotBeReadIsOneLineWithExitCodeOne(@TempDir Path dir) {
        String missing = dir.resolve("missing.bin").toString();
        for (String command : new String[] {"tcp-client", "udp-sender"}) {
            CliRun run = CliRun.of(command, "--port", "9", "--file", missing);
            assertThat(run.exit()).as(command).isEqualTo(1);
            assertThat(run.errLines()).as(command).singleElement().asString()
                    .startsWith("error: cannot read " + missing);
        }
    }

    @Test
    void udpSenderSendsHexLinesAndFilesAsDatagrams(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("datagram.bin");
        Files.write(file, parseHex("00 FF 0A"));
        try (DatagramSocket receiver = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            receiver.setSoTimeout(10_000);
            String port = String.valueOf(receiver.getLocalPort());
            CliRun lines = CliRun.withInput("68 69\n\n", "udp-sender", "--port", port, "--hex", "--linger", "0");
            CliRun whole = CliRun.of("udp-sender", "--port", port, "--file", file.toString(), "--linger", "0");
            assertThat(lines.exit()).as(lines.err()).isZero();
            assertThat(whole.exit()).as(whole.err()).isZero();
            assertThat(TextCodec.toHex(next(receiver))).isEqualTo("68 69");
            assertThat(TextCodec.toHex(next(receiver))).isEmpty();
            assertThat(TextCodec.toHex(next(receiver))).isEqualTo("00 FF 0A");
        }
    }

    @Test
    void tcpServerAnswersByItsReplyRulesAndSaysWhichFired() throws Exception {
        RunningServer server = RunningServer.tcp("--reply", "PING=>PONG {{seq}}", "--reply", "re:^GET=>hex:4F 4B");
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("PING\nGET /\nother\n".getBytes(StandardCharsets.UTF_8));
            assertThat(new String(socket.getInputStream().readNBytes(10), StandardCharsets.UTF_8))
                    .isEqualTo("PONG 1\nOK\n");
        }
        assertThat(server.stop()).isZero();
    }

    @Test
    void udpReceiverAnswersByItsReplyRules() throws Exception {
        RunningServer receiver = RunningServer.start("udp-receiver", "udp", "--reply", "hex:01=>hex:02 {{echo}}");
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(10_000);
            socket.send(new DatagramPacket(new byte[] {1}, 1, InetAddress.getLoopbackAddress(), receiver.port()));
            assertThat(TextCodec.toHex(next(socket))).isEqualTo("02 01");
        }
        assertThat(receiver.out().nextLine()).isEqualTo("hex: 01");
        assertThat(receiver.stop()).isZero();
    }

    @Test
    void aBadReplyRuleIsAUsageErrorThatSaysWhy() {
        CliRun run = CliRun.of("udp-receiver", "--port", "0", "--reply", "PING=>{{when}}");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: Invalid value for option '--reply' (MATCH=>REPLY): 'PING=>{{when}}' "
                + "is not allowed: {{when}} is not a macro (the macros are {{echo}}, {{seq}}, {{date}}, {{time}}, "
                + "{{unixtime}} and {{random}}); use MATCH=>REPLY, as in PING=>PONG, hex:01 02=>hex:03 {{echo}} or "
                + "re:^GET=>OK\\r\\n. "
                + "See 'net-playground udp-receiver --help'.\n");
    }

    private static byte[] next(DatagramSocket socket) throws IOException {
        DatagramPacket packet = new DatagramPacket(new byte[100], 100);
        socket.receive(packet);
        return Arrays.copyOf(packet.getData(), packet.getLength());
    }
}

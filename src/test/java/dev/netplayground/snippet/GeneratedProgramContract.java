package dev.netplayground.snippet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.netplayground.engine.codec.LineEnding;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.http.Data;
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
import dev.netplayground.testing.ChildProgram;
import dev.netplayground.testing.EngineExtension;
import dev.netplayground.testing.OutputLines;
import dev.netplayground.testing.Queues;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every language's generated programs must do, checked against the app's own endpoints on
 * loopback: our servers for the generated clients, our clients for the generated servers. A
 * subclass says how to run a program of its language and which it writes.
 */
@Timeout(60)
abstract class GeneratedProgramContract {
    /** Lines a program must carry byte for byte: quotes, backslashes, escapes written out, non-ASCII. */
    static final List<String> TRICKY_LINES = List.of(
            "plain words",
            "double \" and single ' quotes",
            "back\\slash, \\n and \\x41 written out, $HOME and `cmd`",
            "non-ASCII: é ü ß 日本 😀",
            "  spaces around  ");

    /** A Data with an unknown field full of what string literals must escape, across lines. */
    static final String TRICKY_BODY = "{\"number\": 7,\n \"boolean\": false,\r\n"
            + " \"note\": \"quote \\\" backslash \\\\ tab\\t é 日本 😀 'single' $HOME `cmd` \\n\"}";
    static final String TRICKY_ANSWER = "Received: Data { number: 7, boolean: false }";

    private static final Pattern LISTENING = Pattern.compile("listening on .*:(\\d+)$");
    private static final Duration WAIT = OutputLines.TIMEOUT;

    @TempDir
    Path dir;

    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    final Engine engine = engines.engine();

    /** The language this test runs for a kind; it must write that kind (see {@link Snippets#supports}). */
    abstract Lang lang(Kind kind);

    /** Checks the tools the language needs, skipping the test with a reason when one is missing. */
    abstract void assumeToolsFor(Kind kind);

    /** Starts the program's text (written for {@code setup}) as a child process. */
    abstract ChildProgram start(String program, SnippetSetup setup, Path dir) throws IOException;

    /** Whether its servers can listen on port 0 and say the port they got on stderr. */
    boolean sayItsPort() {
        return true;
    }

    /** Where a server prints what it receives. */
    OutputLines printed(ChildProgram server, SnippetSetup setup) {
        return server.out();
    }

    @Test
    void tcpServerPrintsEachLineAndEchoesIt() throws Exception {
        SnippetSetup setup = serverSetup(Kind.TCP_SERVER).withEcho(true);
        try (ChildProgram server = run(setup)) {
            int port = awaitPort(server, setup);
            LinkedBlockingQueue<byte[]> replies = new LinkedBlockingQueue<>();
            TcpClient client = engine.createTcpClient(chunk -> replies.add(chunk.bytes()));
            connect(client, port);
            String sent = String.join("\n", TRICKY_LINES) + "\n";
            client.send(sent.getBytes(StandardCharsets.UTF_8)).get(WAIT.toSeconds(), TimeUnit.SECONDS);

            assertThat(awaitBytes(replies, sent.getBytes(StandardCharsets.UTF_8).length)).isEqualTo(sent);
            assertThat(printed(server, setup).next(TRICKY_LINES.size())).isEqualTo(TRICKY_LINES);
        }
    }

    @ParameterizedTest
    @EnumSource(value = LineEnding.class, names = {"LF", "CRLF"})
    void tcpClientSendsEachLineWithItsEndingAndPrintsTheEchoes(LineEnding ending) throws Exception {
        List<byte[]> received = new CopyOnWriteArrayList<>();
        TcpServer server = engine.startTcpServer(TcpServerConfig.defaults(0, ConcurrencyModel.VIRTUAL).withEcho(true),
                (connection, peer, line) -> received.add(line.bytes()));
        SnippetSetup setup = SnippetSetup.of(Kind.TCP_CLIENT).withAddress("127.0.0.1", server.localAddress().getPort())
                .withLineEnding(ending);
        String terminator = ending == LineEnding.CRLF ? "\r\n" : "\n";
        String expected = String.join(terminator, TRICKY_LINES) + terminator;

        try (ChildProgram client = run(setup)) {
            client.input(String.join("\n", TRICKY_LINES) + "\n");
            assertThat(client.awaitExit()).as("exit code; stderr: %s", client.err().text()).isZero();
            assertThat(client.out().text()).isEqualTo(expected);
        }
        assertThat(received).map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo(TRICKY_LINES.stream().map(line -> line + terminator).toList());
    }

    @Test
    void udpReceiverPrintsEachDatagramAndEchoesIt() throws Exception {
        SnippetSetup setup = serverSetup(Kind.UDP_RECEIVER).withEcho(true);
        try (ChildProgram receiver = run(setup)) {
            int port = awaitPort(receiver, setup);
            LinkedBlockingQueue<Datagram> replies = new LinkedBlockingQueue<>();
            UdpSender sender = engine.openUdpSender("127.0.0.1", false, replies::add);
            awaitUdpReady(() -> sender.send("127.0.0.1", port, bytes("ready?")),
                    () -> replies.poll(200, TimeUnit.MILLISECONDS) != null);
            OutputLines printed = printed(receiver, setup);
            skipProbes(printed);

            List<String> echoed = new ArrayList<>();
            for (String line : TRICKY_LINES) {
                sender.send("127.0.0.1", port, bytes(line));
                Datagram reply = Queues.next(replies, WAIT, "echo of " + line);
                echoed.add(new String(reply.kept(), StandardCharsets.UTF_8));
                assertThat(nextNonProbe(printed)).isEqualTo(line);
            }
            assertThat(echoed).isEqualTo(TRICKY_LINES);
        }
    }

    @Test
    void udpReceiverWithoutEchoPrintsEachDatagram() throws Exception {
        SnippetSetup setup = serverSetup(Kind.UDP_RECEIVER);
        try (ChildProgram receiver = run(setup)) {
            int port = awaitPort(receiver, setup);
            UdpSender sender = engine.openUdpSender("127.0.0.1", false, reply -> { });
            OutputLines printed = printed(receiver, setup);
            awaitUdpReady(() -> sender.send("127.0.0.1", port, bytes("ready?")),
                    () -> printed.poll(Duration.ofMillis(200)) != null);
            skipProbes(printed);
            for (String line : TRICKY_LINES) {
                sender.send("127.0.0.1", port, bytes(line));
                assertThat(nextNonProbe(printed)).isEqualTo(line);
            }
        }
    }

    @Test
    void udpSenderSendsEachLineAsOneDatagramAndPrintsTheReplies() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        UdpReceiver receiver = engine.startUdpReceiver(UdpReceiverConfig.defaults(0).withEcho(true),
                datagram -> received.add(new String(datagram.kept(), StandardCharsets.UTF_8)));
        SnippetSetup setup = SnippetSetup.of(Kind.UDP_SENDER).withAddress("127.0.0.1",
                receiver.localAddress().getPort());
        try (ChildProgram sender = run(setup)) {
            sender.input(String.join("\n", TRICKY_LINES) + "\n");
            assertThat(sender.awaitExit()).as("exit code; stderr: %s", sender.err().text()).isZero();
            assertThat(sender.out().text()).isEqualTo(String.join("\n", TRICKY_LINES) + "\n");
        }
        assertThat(received).isEqualTo(TRICKY_LINES);
    }

    @Test
    void httpServerAnswersDataAndRefusesWhatSerdeRefuses() throws Exception {
        SnippetSetup setup = serverSetup(Kind.HTTP_SERVER);
        try (ChildProgram server = run(setup)) {
            String url = "http://127.0.0.1:" + awaitPort(server, setup) + "/data";

            HttpResult accepted = post(url, TRICKY_BODY);
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
            assertThat(accepted.body()).isEqualTo(TRICKY_ANSWER);
            assertThat(server.out().next()).isEqualTo(TRICKY_ANSWER);

            for (String refused : List.of("{\"number\": 4294967296, \"boolean\": true}",
                    "{\"number\": -1, \"boolean\": true}", "{\"number\": 5.0, \"boolean\": true}",
                    "{\"number\": \"5\", \"boolean\": true}", "{\"number\": 5, \"boolean\": 1}",
                    "{\"number\": 5}", "{\"number\": 1, \"number\": 2, \"boolean\": true}",
                    "{\"number\": 5, \"boolean\": true} x", "[5, true]")) {
                HttpResult result = post(url, refused);
                assertThat(result.status()).as("%s answered %s", refused, result.body()).isEqualTo(400);
            }
            assertThat(post(url.replace("/data", "/other"), "{}").status()).isEqualTo(404);
        }
    }

    @Test
    void httpPostPrintsTheResponseBody() throws Exception {
        List<Data> accepted = new CopyOnWriteArrayList<>();
        DataServer server = engine.startDataServer(DataServerConfig.defaults(0), accepted::add);
        SnippetSetup setup = SnippetSetup.of(Kind.HTTP_POST).withAddress("127.0.0.1", server.localAddress().getPort())
                .withBody(TRICKY_BODY);
        try (ChildProgram client = run(setup)) {
            assertThat(client.awaitExit()).as("exit code; stderr: %s", client.err().text()).isZero();
            assertThat(client.out().text()).isEqualTo(TRICKY_ANSWER + "\n");
        }
        assertThat(accepted).containsExactly(new Data(7, false));
    }

    @Test
    void httpPostFailsOnARefusalAndShowsWhy() throws Exception {
        DataServer server = engine.startDataServer(DataServerConfig.defaults(0), data -> { });
        SnippetSetup setup = SnippetSetup.of(Kind.HTTP_POST).withAddress("127.0.0.1", server.localAddress().getPort())
                .withBody("{\"number\": 4294967296, \"boolean\": true}");
        try (ChildProgram client = run(setup)) {
            assertThat(client.awaitExit()).isNotZero();
            assertThat(client.out().text() + client.err().text()).contains("400").contains("`number`");
        }
    }

    private ChildProgram run(SnippetSetup setup) throws IOException {
        assumeTrue(Snippets.supports(lang(setup.kind()), setup.kind()),
                () -> lang(setup.kind()).label() + " writes no " + setup.kind().cliName());
        assumeToolsFor(setup.kind());
        return start(Snippets.generate(lang(setup.kind()), setup), setup, dir);
    }

    private SnippetSetup serverSetup(Kind kind) throws IOException {
        return SnippetSetup.of(kind).withAddress("127.0.0.1", sayItsPort() ? 0 : FreePorts.pick(kind));
    }

    /** The port a server listens on: the one it says, or (for tools that cannot say) the one it was given. */
    private int awaitPort(ChildProgram server, SnippetSetup setup) throws InterruptedException, IOException {
        if (!sayItsPort()) {
            if (setup.kind() == Kind.TCP_SERVER) {
                FreePorts.awaitTcpListener(setup.port(), WAIT);
            }
            return setup.port();
        }
        String line = server.err().next();
        Matcher matcher = LISTENING.matcher(line);
        assertThat(matcher.find()).as("first stderr line: %s", line).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static void connect(TcpClient client, int port) throws Exception {
        client.connect("127.0.0.1", port, Duration.ofSeconds(5)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static String awaitBytes(LinkedBlockingQueue<byte[]> chunks, int length) throws InterruptedException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (all.size() < length) {
            byte[] chunk = chunks.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (chunk == null) {
                break;
            }
            all.writeBytes(chunk);
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    /** UDP has no handshake: probe until the receiver shows it is there (a bounded number of tries). */
    private static void awaitUdpReady(Runnable probe, Check answered) throws InterruptedException {
        for (int tries = 0; tries < 50; tries++) {
            probe.run();
            if (answered.holds()) {
                return;
            }
        }
        throw new AssertionError("the receiver never answered a probe");
    }

    private static void skipProbes(OutputLines printed) throws InterruptedException {
        String line;
        while ((line = printed.poll(Duration.ofMillis(300))) != null) {
            assertThat(line).isEqualTo("ready?");
        }
    }

    private static String nextNonProbe(OutputLines printed) throws InterruptedException {
        String line = printed.next();
        while (line.equals("ready?")) {
            line = printed.next();
        }
        return line;
    }

    private HttpResult post(String url, String body) throws Exception {
        return engine.createDataClient().post(url, body, Duration.ofSeconds(10))
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws InterruptedException;
    }
}

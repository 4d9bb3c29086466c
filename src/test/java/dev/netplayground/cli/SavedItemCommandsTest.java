package dev.netplayground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.http.DataServerConfig;
import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.engine.tcp.MessageHandler;
import dev.netplayground.engine.tcp.TcpServerConfig;
import dev.netplayground.engine.udp.UdpReceiverConfig;
import dev.netplayground.testing.EngineExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code send} and {@code saved list} over a workspace written by hand as docs/workspace.md
 * documents it, against the app's own servers on port 0.
 */
@Timeout(60)
class SavedItemCommandsTest {
    @TempDir
    Path workspace;

    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();
    private int tcpPort;
    private int udpPort;
    private int httpPort;

    /** What a command printed and returned. */
    private record Run(int exit, String out, String err) {}

    @BeforeEach
    void startServers() throws Exception {
        tcpPort = engine.startTcpServer(TcpServerConfig.defaults(0, ConcurrencyModel.NIO).withEcho(true),
                MessageHandler.NONE).localAddress().getPort();
        udpPort = engine.startUdpReceiver(UdpReceiverConfig.defaults(0).withEcho(true), datagram -> { })
                .localAddress().getPort();
        httpPort = engine.startDataServer(DataServerConfig.defaults(0), data -> { }).localAddress().getPort();
        write("messages/hello.json", """
                {
                  "format": 1,
                  "transport": "tcp",
                  "host": "127.0.0.1",
                  "port": %d,
                  "encoding": "text",
                  "payload": "hello",
                  "lineEnding": "lf",
                  "repeat": 1,
                  "intervalMillis": 0
                }
                """.formatted(tcpPort));
        write("messages/ping.json", """
                {"format": 1, "transport": "udp", "host": "127.0.0.1", "port": %d, "encoding": "hex",
                 "payload": "70 69 6E 67", "lineEnding": "none", "repeat": 2, "intervalMillis": 0}
                """.formatted(udpPort));
        write("requests/post five.json", """
                {
                  "format": 1,
                  "method": "POST",
                  "url": "http://127.0.0.1:%d/data",
                  "body": {"type": "data", "number": 5, "boolean": true}
                }
                """.formatted(httpPort));
        write("sequences/warm up.json", """
                {"format": 1, "steps": ["hello", "requests/post five"], "delayMillis": 10}
                """);
    }

    private void write(String path, String text) throws Exception {
        Path file = workspace.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.execute(new CliIo(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)),
                args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void sendsASavedTcpMessageAndPrintsTheEcho() {
        Run run = run("send", "hello", "--workspace", workspace.toString());

        assertThat(run.err()).isEqualTo("sending messages/hello: tcp 127.0.0.1:" + tcpPort + " hello\\n\n");
        assertThat(run.out()).isEqualTo("hello\n");
        assertThat(run.exit()).isZero();
    }

    @Test
    void sendsASavedUdpMessageTwiceAndPrintsBothReplies() {
        Run run = run("send", "ping", "--workspace", workspace.toString());

        assertThat(run.out()).isEqualTo("ping\nping\n");
        assertThat(run.exit()).isZero();
    }

    @Test
    void sendsASavedRequestAndPrintsTheAnswer() {
        Run run = run("send", "post five", "--workspace", workspace.toString());

        assertThat(run.out()).isEqualTo("Received: Data { number: 5, boolean: true }\n");
        assertThat(run.err()).contains("\n200 OK\n");
        assertThat(run.exit()).isZero();
    }

    @Test
    void sendsASequenceStepByStep() {
        Run run = run("send", "warm up", "--workspace", workspace.toString());

        assertThat(run.out()).isEqualTo("hello\nReceived: Data { number: 5, boolean: true }\n");
        assertThat(run.err()).contains("sending messages/hello: ", "sending requests/post five: POST");
        assertThat(run.exit()).isZero();
    }

    @Test
    void failuresExitWithOneAndOneSentence() throws Exception {
        write("requests/get data.json", """
                {"format": 1, "method": "GET", "url": "http://127.0.0.1:%d/data"}
                """.formatted(httpPort));
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        write("messages/refused.json", Files.readString(workspace.resolve("messages/hello.json"))
                .replace(String.valueOf(tcpPort), String.valueOf(closed)));

        Run status = run("send", "get data", "--workspace", workspace.toString());
        Run refused = run("send", "refused", "--workspace", workspace.toString());
        Run missing = run("send", "nope", "--workspace", workspace.toString());

        assertThat(status.exit()).isEqualTo(1);
        assertThat(status.err()).endsWith("error: The server answered 405 Method Not Allowed.\n");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("error: Connection refused by 127.0.0.1:" + closed);
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("error: No saved item is named 'nope' in " + workspace
                + "; 'saved list' shows what there is.\n");
    }

    @Test
    void listsSavedItemsByKindAndNamesUnreadableFiles() throws Exception {
        write("endpoints/echo.json", """
                {"format": 1, "type": "tcp-server", "bindAddress": "127.0.0.1", "port": 5000, "model": "nio",
                 "echo": true, "maxLineBytes": 65536, "maxConnections": 10000}
                """);
        write("messages/bad.json", "{\"format\": 1, \"port\": \"x\"}");

        Run run = run("saved", "list", "--workspace", workspace.toString());

        assertThat(run.out()).isEqualTo("""
                messages
                  hello      tcp 127.0.0.1:%d hello\\n
                  ping       udp 127.0.0.1:%d ping, 2 times 0 ms apart
                requests
                  post five  POST http://127.0.0.1:%d/data
                endpoints
                  echo       tcp-server 127.0.0.1:5000 nio echo
                sequences
                  warm up    2 steps, 10 ms apart: hello, requests/post five
                """.formatted(tcpPort, udpPort, httpPort));
        assertThat(run.err()).isEqualTo("unreadable: messages/bad.json, line 1, column 23: 'port' must be a whole "
                + "number.\n");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void anEndpointPresetIsNotSent() throws Exception {
        write("endpoints/echo.json", """
                {"format": 1, "type": "udp-receiver", "bindAddress": "127.0.0.1", "port": 5000, "bufferBytes": 1500,
                 "echo": false}
                """);

        Run run = run("send", "echo", "--workspace", workspace.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: 'echo' is an endpoint preset, and only messages, requests and "
                + "sequences can be sent");
    }

    @Test
    void importsPacketSendersExportAndLeavesExistingItemsAlone() throws Exception {
        Path export = workspace.resolve("export.ini");
        String fixture = "/dev/netplayground/store/packetsender-8.0.6-export.ini";
        try (InputStream in = getClass().getResourceAsStream(fixture)) {
            Files.write(export, in.readAllBytes());
        }
        Path target = workspace.resolve("imported");
        write("imported/messages/Hello TCP.json", Files.readString(workspace.resolve("messages/hello.json")));

        Run run = run("saved", "import", export.toString(), "--workspace", target.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("imported 7 of 8 items into " + target + "\n");
        assertThat(run.err()).contains("kept: messages/Hello TCP.json already exists;",
                "note: 'SSL cert mismatch' was skipped: SSL packets are not supported yet.");
        assertThat(target.resolve("requests/Post data local.json")).exists();
        assertThat(run("saved", "list", "--workspace", target.toString()).exit()).isZero();
    }

    @Test
    void exportsTheWorkspaceAsAZip(@TempDir Path out) {
        Path zip = out.resolve("workspace.zip");

        Run run = run("saved", "export", zip.toString(), "--workspace", workspace.toString());

        assertThat(run.out()).isEqualTo("wrote 4 files to " + zip + "\n");
        assertThat(zip).exists();
        assertThat(run.exit()).isZero();
    }
}

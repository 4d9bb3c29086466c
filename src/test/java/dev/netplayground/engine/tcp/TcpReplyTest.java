package dev.netplayground.engine.tcp;

import static dev.netplayground.engine.codec.TextCodec.parseHex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.codec.Framing;
import dev.netplayground.engine.codec.TextCodec;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.engine.reply.ReplyRule;
import dev.netplayground.testing.EngineExtension;
import dev.netplayground.testing.EventRecorder;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A TCP server answering by reply rules, in every model, framed as its framing says. */
@Timeout(30)
class TcpReplyTest {
    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();
    private final EventRecorder recorder = engines.recorder();

    private TcpServer start(ConcurrencyModel model, String framing, ReplyRule... rules) throws Exception {
        return engine.startTcpServer(TcpServerConfig.defaults(0, model).withEcho(true)
                .withFraming(Framing.parse(framing), 1000).withReplyRules(List.of(rules)), MessageHandler.NONE);
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void theFirstMatchingRuleAnswersFramedAndTheRestIsEchoed(ConcurrencyModel model) throws Exception {
        TcpServer server = start(model, "length:2", ReplyRule.of("PING", "PONG {{seq}}"),
                ReplyRule.parse("re:^GET=>{{echo}} OK", 0));
        try (Socket socket = LoopbackClient.connect(server)) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(parseHex("00 04 50 49 4E 47" + "00 01 78" + "00 05 47 45 54 20 2F" + "00 04 50 49 4E 47"));
            assertThat(new String(in.readNBytes(8), StandardCharsets.UTF_8)).isEqualTo("\0\u0006PONG 1");
            assertThat(TextCodec.toHex(in.readNBytes(3))).as("no rule: the echo").isEqualTo("00 01 78");
            assertThat(new String(in.readNBytes(10), StandardCharsets.UTF_8)).isEqualTo("\0\u0008GET / OK");
            assertThat(new String(in.readNBytes(8), StandardCharsets.UTF_8)).as("{{seq}} counts every reply")
                    .isEqualTo("\0\u0006PONG 3");
        }
        List<NetEvent> sent = recorder.await(e -> e.endpoint().equals(server.id()) && e.kind() == EventKind.SENT, 4);
        assertThat(sent).extracting(NetEvent::message).containsExactly("reply of rule 1 (equals \"PING\")", "",
                "reply of rule 2 (matches /^GET/)", "reply of rule 1 (equals \"PING\")");
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void aRuleWithADelayRepliesLaterAndSaysSo(ConcurrencyModel model) throws Exception {
        TcpServer server = start(model, "line", ReplyRule.of("slow", "late").withDelay(200));
        try (Socket socket = LoopbackClient.connect(server)) {
            socket.getOutputStream().write("slow\nfast\n".getBytes(StandardCharsets.UTF_8));
            // The echo of the second line is not held up by the first's delayed reply (no order promised here).
            assertThat(new String(socket.getInputStream().readNBytes(10), StandardCharsets.UTF_8).split("\n"))
                    .containsExactlyInAnyOrder("fast", "late");
        }
        assertThat(recorder.await(e -> e.kind() == EventKind.SENT && e.message().startsWith("reply"), 1).get(0)
                .message()).isEqualTo("reply of rule 1 (equals \"slow\"), 200 ms after the message");
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void aReplyTheFramingCannotSendIsReportedAndNothingIsSent(ConcurrencyModel model) throws Exception {
        TcpServer server = start(model, "fixed:4", ReplyRule.of("ABCD", "no"), ReplyRule.of("WXYZ", "okay"));
        try (Socket socket = LoopbackClient.connect(server)) {
            socket.getOutputStream().write("ABCDWXYZ".getBytes(StandardCharsets.UTF_8));
            assertThat(new String(socket.getInputStream().readNBytes(4), StandardCharsets.UTF_8)).isEqualTo("okay");
        }
        assertThat(recorder.await(server.id(), EventKind.FAILED).message()).isEqualTo("Rule 1 matched, but its reply "
                + "cannot be sent: Fixed framing sends messages of exactly 4 bytes; this one has 2.");
    }
}

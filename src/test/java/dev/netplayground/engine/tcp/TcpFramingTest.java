package dev.netplayground.engine.tcp;

import static dev.netplayground.engine.codec.TextCodec.parseHex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.codec.Frame;
import dev.netplayground.engine.codec.Framing;
import dev.netplayground.engine.codec.FramingReference;
import dev.netplayground.engine.codec.FramingStreams;
import dev.netplayground.engine.codec.TextCodec;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.testing.EngineExtension;
import dev.netplayground.testing.EventRecorder;
import dev.netplayground.testing.Queues;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Framing over real sockets, in every concurrency model: what the server cuts, echoes, sends and refuses. */
@Timeout(60)
class TcpFramingTest {
    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();
    private final EventRecorder recorder = engines.recorder();
    private final ConcurrentLinkedQueue<Frame> messages = new ConcurrentLinkedQueue<>();

    private TcpServer start(ConcurrencyModel model, String framing, int max) throws Exception {
        TcpServerConfig config = TcpServerConfig.defaults(0, model).withEcho(true)
                .withFraming(Framing.parse(framing), max);
        return engine.startTcpServer(config, (id, peer, message) -> messages.add(message));
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void everyFramingCutsAndEchoesAsTheReferenceWhateverTheWrites(ConcurrencyModel model) throws Exception {
        Random random = new Random(1818);
        List<String> framings = List.of("line", "raw", "delimiter:0D0A", "fixed:5", "length:2", "length:4:le:incl");
        for (FramingStreams.Delivery delivery : FramingStreams.Delivery.values()) {
            for (String spec : framings) {
                Framing framing = Framing.parse(spec);
                int max = FramingStreams.randomMax(framing, random);
                byte[] stream = FramingStreams.randomStream(framing, max, 12, random);
                List<Integer> writes = delivery.reads(stream.length, random);
                String what = spec + ", max " + max + ", " + delivery;

                messages.clear();
                TcpServer server = start(model, spec, max);
                byte[] echoed = exchange(server, stream, writes);
                recorder.await(e -> e.endpoint().equals(server.id()) && e.kind() == EventKind.CLOSED, 1);

                FramingReference.Cuts expected = FramingReference.cut(framing, max, stream, writes);
                if (framing instanceof Framing.Raw) {
                    // The reads are the kernel's to choose: only the bytes, in order, are promised.
                    assertThat(joined(List.copyOf(messages))).as(what).isEqualTo(stream);
                } else {
                    FramingReference.Cuts got = new FramingReference.Cuts(List.copyOf(messages), expected.refused());
                    assertThat(got.describe()).as(what).isEqualTo(expected.describe());
                    assertThat(recorder.events(server.id(), EventKind.LIMIT).stream()
                            .anyMatch(e -> e.message().contains("The connection is closed")))
                            .as(what + ": refusal reported").isEqualTo(expected.refused());
                }
                if (!expected.refused()) {
                    assertThat(echoed).as(what + ": the echo is the stream, message by message").isEqualTo(stream);
                }
                engine.release(server);
            }
        }
    }

    /** Writes the stream in the given pieces, half-closes, and returns what came back until the server closed. */
    private static byte[] exchange(TcpServer server, byte[] stream, List<Integer> writes) throws IOException {
        try (Socket socket = LoopbackClient.connect(server)) {
            OutputStream out = socket.getOutputStream();
            try {
                int at = 0;
                for (int size : writes) {
                    out.write(stream, at, size);
                    at += size;
                }
                socket.shutdownOutput();
            } catch (IOException e) {
                // The server refused the stream and closed; what it made of it is checked from its messages.
                return new byte[0];
            }
            ByteArrayOutputStream back = new ByteArrayOutputStream();
            try (InputStream in = socket.getInputStream()) {
                in.transferTo(back);
            } catch (IOException e) {
                return back.toByteArray();
            }
            return back.toByteArray();
        }
    }

    private static byte[] joined(List<Frame> frames) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        frames.forEach(f -> all.writeBytes(f.bytes()));
        return all.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void aLengthOverTheLimitClosesTheConnectionAfterTheEchoesBeforeIt(ConcurrencyModel model) throws Exception {
        TcpServer server = start(model, "length:4", 1000);
        try (Socket socket = LoopbackClient.connect(server)) {
            socket.getOutputStream().write(parseHex("00 00 00 02 68 69 FF FF FF FF 78"));
            byte[] back = socket.getInputStream().readAllBytes();
            assertThat(TextCodec.toHex(back)).as("the good message's echo, header included, then the end")
                    .isEqualTo("00 00 00 02 68 69");
        }
        NetEvent limit = recorder.await(server.id(), EventKind.LIMIT);
        assertThat(limit.message()).isEqualTo("A length header (FF FF FF FF) announced a 4,294,967,295-byte message, "
                + "over the 1,000-byte limit. The connection is closed; 5 bytes received were not delivered.");
        assertThat(recorder.await(server.id(), EventKind.CLOSED).message())
                .isEqualTo("connection #1 closed: a message over the limit");
        assertThat(messages).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void anEchoStillQueuedWhenTheNextHeaderIsRefusedGoesOutWhole(ConcurrencyModel model) throws Exception {
        TcpServer server = start(model, "length:4", 16 * 1024 * 1024);
        // Bigger than the kernel's buffers take, so that most of the echo still waits at the server (NIO) when
        // the bad header right behind the message, in the same read, is refused.
        byte[] big = Framing.parse("length:4").encode(new byte[12 * 1024 * 1024]);
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(64 * 1024);
            socket.setSoTimeout(10_000);
            socket.connect(server.localAddress());
            OutputStream out = socket.getOutputStream();
            out.write(big);
            out.write(parseHex("FF FF FF FF"));
            long received = socket.getInputStream().transferTo(OutputStream.nullOutputStream());
            assertThat(received).isEqualTo(big.length);
        }
        assertThat(recorder.await(server.id(), EventKind.CLOSED).message()).endsWith("a message over the limit");
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void aBadLengthHeaderClosesTheConnectionAndSaysWhy(ConcurrencyModel model) throws Exception {
        TcpServer server = start(model, "length:2:incl", 1000);
        try (Socket socket = LoopbackClient.connect(server)) {
            socket.getOutputStream().write(parseHex("00 01"));
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
        assertThat(recorder.await(server.id(), EventKind.LIMIT).message())
                .startsWith("A length header of 1 (00 01) counts its own 2 bytes");
        assertThat(recorder.await(server.id(), EventKind.CLOSED).message()).endsWith("closed: a bad length header");
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void sendingToAConnectionAddsTheFramingsHeaderOrDelimiter(ConcurrencyModel model) throws Exception {
        TcpServer server = start(model, "length:2:le", 1000);
        try (Socket socket = LoopbackClient.connect(server)) {
            recorder.await(server.id(), EventKind.ACCEPTED);
            long id = server.connections().get(0).id();
            assertThat(server.sendMessage(id, "hi".getBytes(StandardCharsets.UTF_8))).isTrue();
            assertThat(TextCodec.toHex(socket.getInputStream().readNBytes(4))).isEqualTo("02 00 68 69");
        }
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void aClientCutsWhatComesBackWithItsOwnFramingAndFramesWhatItSends(ConcurrencyModel model) throws Exception {
        TcpServer server = start(model, "delimiter:00", 100);
        LinkedBlockingQueue<Frame> received = new LinkedBlockingQueue<>();
        var client = engine.createTcpClient(received::add);
        client.connect("127.0.0.1", server.localAddress().getPort(), Duration.ofSeconds(5),
                Framing.parse("delimiter:00"), 100).get(10, TimeUnit.SECONDS);
        client.sendMessage("one".getBytes(StandardCharsets.UTF_8));
        client.sendMessage("two".getBytes(StandardCharsets.UTF_8));
        for (String expected : List.of("one", "two")) {
            Frame frame = Queues.next(received, "message " + expected);
            assertThat(new String(frame.payload(), StandardCharsets.UTF_8)).isEqualTo(expected);
            assertThat(TextCodec.toHex(frame.bytes())).endsWith("00");
        }
        assertThat(recorder.await(e -> e.endpoint().equals(client.id()) && e.kind() == EventKind.RECEIVED, 2))
                .extracting(e -> e.payload().hex()).containsExactly("6F 6E 65 00", "74 77 6F 00");
    }

    @ParameterizedTest
    @EnumSource(ConcurrencyModel.class)
    void aClientClosesWhenTheServerAnnouncesAMessageOverItsLimit(ConcurrencyModel model) throws Exception {
        TcpServer server = start(model, "raw", 100);
        var client = engine.createTcpClient(frame -> {});
        client.connect("127.0.0.1", server.localAddress().getPort(), Duration.ofSeconds(5),
                Framing.parse("length:2"), 10).get(10, TimeUnit.SECONDS);
        client.send(parseHex("00 0B"));
        client.closed().get(10, TimeUnit.SECONDS);
        assertThat(recorder.await(client.id(), EventKind.LIMIT).message())
                .startsWith("A length header (00 0B) announced a 11-byte message, over the 10-byte limit.");
        assertThat(recorder.await(client.id(), EventKind.CLOSED).message())
                .isEqualTo("closed: a message over the limit");
    }
}

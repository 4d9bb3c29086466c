package dev.netplayground.engine.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.core.NioLoop;
import dev.netplayground.engine.core.NioStream;
import dev.netplayground.engine.core.NioTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The SSLEngine layer alone, on a loop of the test's own, under streams that pause or fill the socket. */
@Timeout(30)
class TlsTransportTest {
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> secured = new LinkedBlockingQueue<>();
    private final ExecutorService handshakeTasks = Executors.newVirtualThreadPerTaskExecutor();
    private final NioLoop loop;
    private ServerSocketChannel listening;
    private Socket plain;
    private NioTransport transport;
    @TempDir
    Path dir;

    TlsTransportTest() throws IOException {
        loop = new NioLoop(e -> { });
    }

    @BeforeEach
    void startLoop() throws IOException {
        Thread.ofPlatform().name("test-nio-loop").daemon().start(loop::run);
        listening = ServerSocketChannel.open();
        listening.bind(new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterEach
    void stop() throws IOException {
        loop.close();
        handshakeTasks.close();
        listening.close();
        if (plain != null) {
            plain.close();
        }
    }

    /** Connects a client, puts TLS under the stream on the loop and shakes hands. */
    private SSLSocket secureClient(Function<SocketChannel, NioStream> streams) throws Exception {
        ServerTls tls = ServerTls.create(new ServerIdentity.Generated(dir, "127.0.0.1"), ClientAuth.NONE);
        plain = new Socket();
        plain.connect(listening.getLocalAddress());
        plain.setSoTimeout(10_000);
        SocketChannel accepted = listening.accept();
        accepted.configureBlocking(false);
        transport = tls.transports(handshakeTasks).open(loop, accepted, streams.apply(accepted));
        loop.execute(() -> {
            try {
                transport.start();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        SSLSocket client = ClientTls.create(TlsClientSettings.verifying().withCaFile(tls.certificatePem()))
                .wrap(plain, "127.0.0.1", listening.socket().getLocalPort());
        client.startHandshake();
        return client;
    }

    @Test
    void recordsThatCameWhileReadingWasPausedAreDeliveredWhenItResumes() throws Exception {
        SSLSocket client = secureClient(PausingStream::new);
        assertThat(secured.poll(10, TimeUnit.SECONDS)).startsWith("TLS ");

        // The loop is held while three records arrive, so that one read takes them all.
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        loop.execute(() -> {
            held.countDown();
            await(release);
        });
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        OutputStream out = client.getOutputStream();
        for (String record : new String[] {"a", "b", "c"}) {
            out.write(record.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
        release.countDown();
        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("a");

        loop.execute(() -> transport.interest(true, false));
        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("b");
        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("c");
    }

    @Test
    void everyByteTakenBeforeCloseReachesTheClient() throws Exception {
        AtomicLong taken = new AtomicLong();
        CountDownLatch closed = new CountDownLatch(1);
        SSLSocket client = secureClient(channel -> new FillingStream(channel, taken, closed));
        assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();

        InputStream in = client.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            read += n;
        }
        assertThat(read).isEqualTo(taken.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What both test streams do alike: record what comes. */
    private abstract class RecordingStream implements NioStream {
        private final SocketChannel channel;

        RecordingStream(SocketChannel channel) {
            this.channel = channel;
        }

        @Override
        public SocketChannel channel() {
            return channel;
        }

        @Override
        public void received(byte[] bytes, int length) {
            received.add(new String(bytes, 0, length, StandardCharsets.US_ASCII));
        }

        @Override
        public void secured(String facts) {
            secured.add(facts);
        }

        @Override
        public void endOfStream() {
            received.add("end");
        }

        @Override
        public void flush() {
        }

        @Override
        public void ioFailed(IOException e) {
            received.add("failed: " + e.getMessage());
        }
    }

    /** Pauses reading after the first bytes, as a stream with too much to send does. */
    private final class PausingStream extends RecordingStream {
        private boolean paused;

        PausingStream(SocketChannel channel) {
            super(channel);
        }

        @Override
        public void received(byte[] bytes, int length) {
            super.received(bytes, length);
            if (!paused) {
                paused = true;
                transport.interest(false, false);
            }
        }
    }

    /** Once secured, writes until the socket takes no more (the client reads nothing yet), then closes. */
    private final class FillingStream extends RecordingStream {
        private final AtomicLong taken;
        private final CountDownLatch closed;

        FillingStream(SocketChannel channel, AtomicLong taken, CountDownLatch closed) {
            super(channel);
            this.taken = taken;
            this.closed = closed;
        }

        @Override
        public void secured(String facts) {
            byte[] chunk = new byte[64 * 1024];
            try {
                int n;
                do {
                    n = transport.write(ByteBuffer.wrap(chunk));
                    taken.addAndGet(n);
                } while (n == chunk.length);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            transport.close();
            closed.countDown();
        }
    }
}

package dev.netplayground.engine.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.core.NioLoop;
import dev.netplayground.engine.core.NioStream;
import dev.netplayground.engine.core.NioTransport;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
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
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The SSLEngine layer alone, on a loop of the test's own, under a stream that pauses its reading. */
@Timeout(30)
class TlsTransportTest {
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> secured = new LinkedBlockingQueue<>();
    private final ExecutorService handshakeTasks = Executors.newVirtualThreadPerTaskExecutor();
    private NioLoop loop;
    private NioTransport transport;

    @AfterEach
    void stop() {
        loop.close();
        handshakeTasks.close();
    }

    @Test
    void recordsThatCameWhileReadingWasPausedAreDeliveredWhenItResumes(@TempDir Path dir) throws Exception {
        ServerTls tls = ServerTls.create(new ServerIdentity.Generated(dir, "127.0.0.1"), ClientAuth.NONE);
        loop = new NioLoop(e -> { });
        Thread.ofPlatform().name("test-nio-loop").daemon().start(loop::run);
        try (ServerSocketChannel listening = ServerSocketChannel.open();
                Socket plain = new Socket()) {
            listening.bind(new InetSocketAddress("127.0.0.1", 0));
            plain.connect(listening.getLocalAddress());
            plain.setSoTimeout(10_000);
            SocketChannel accepted = listening.accept();
            accepted.configureBlocking(false);
            transport = tls.transports(handshakeTasks).open(loop, accepted, new PausingStream(accepted));
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
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Records what comes, and pauses reading after the first bytes, as a stream with too much to send does. */
    private final class PausingStream implements NioStream {
        private final SocketChannel channel;
        private boolean paused;

        PausingStream(SocketChannel channel) {
            this.channel = channel;
        }

        @Override
        public SocketChannel channel() {
            return channel;
        }

        @Override
        public void received(byte[] bytes, int length) {
            received.add(new String(bytes, 0, length, StandardCharsets.US_ASCII));
            if (!paused) {
                paused = true;
                transport.interest(false, false);
            }
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
}

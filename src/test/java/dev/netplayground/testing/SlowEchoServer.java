package dev.netplayground.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A line echo server on loopback that holds each echo back as long as the test says: a server
 * that stalls. Lines are numbered from 1 across all connections; a virtual thread per connection.
 */
public final class SlowEchoServer implements AutoCloseable {
    private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final IntFunction<Duration> holdBack;
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger echoed = new AtomicInteger();
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

    /** @param holdBack how long the echo of line n waits */
    public SlowEchoServer(IntFunction<Duration> holdBack) throws IOException {
        this.holdBack = holdBack;
        Thread.ofVirtual().name("test-slow-echo-accept").start(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Lines echoed so far. */
    public int echoed() {
        return echoed.get();
    }

    private void accept() {
        try {
            while (true) {
                Socket socket = server.accept();
                connections.add(socket);
                Thread.ofVirtual().name("test-slow-echo").start(() -> echo(socket));
            }
        } catch (IOException e) {
            // Closed: the test is over.
        }
    }

    private void echo(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b; (b = in.read()) != -1; ) {
                line.write(b);
                if (b == '\n') {
                    // The stall under test, not a wait for something.
                    Thread.sleep(holdBack.apply(received.incrementAndGet()));
                    out.write(line.toByteArray());
                    echoed.incrementAndGet();
                    line.reset();
                }
            }
        } catch (IOException | InterruptedException e) {
            // The client or the test closed the connection.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : connections) {
            socket.close();
        }
    }
}

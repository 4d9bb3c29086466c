package dev.netplayground.engine.tcp;

import dev.netplayground.engine.core.AcceptFailures;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;

/**
 * Blocking accept and blocking reads, a thread per connection: platform threads for
 * {@code BLOCKING}, virtual threads for {@code VIRTUAL}. Closing the server socket wakes
 * {@code accept()}.
 */
final class ThreadPerConnectionServer implements ServerLoop {
    static final int BACKLOG = 1024;

    private final TcpServer server;
    private final ServerSocket socket;
    private final boolean virtual;
    private final InetSocketAddress localAddress;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean running = true;

    ThreadPerConnectionServer(TcpServer server, InetSocketAddress bind, boolean virtual) throws IOException {
        this.server = server;
        this.virtual = virtual;
        this.socket = new ServerSocket();
        try {
            socket.bind(bind, BACKLOG);
            localAddress = (InetSocketAddress) socket.getLocalSocketAddress();
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public InetSocketAddress localAddress() {
        return localAddress;
    }

    @Override
    public void start() {
        spawn(server.id() + "-accept", this::acceptLoop);
    }

    private void spawn(String name, Runnable task) {
        if (virtual) {
            server.threads().virtual(name, task);
        } else {
            server.threads().platform(name, task);
        }
    }

    private void acceptLoop() {
        try {
            while (running) {
                Socket client;
                try {
                    client = socket.accept();
                } catch (IOException e) {
                    if (socket.isClosed()) {
                        throw e;
                    }
                    server.loopFailed(new IOException(AcceptFailures.message(e), e));
                    AcceptFailures.pause();
                    continue;
                }
                client.setTcpNoDelay(true);
                if (server.tls() == null) {
                    serve(client);
                } else {
                    // The handshake takes round trips: on the connection's thread, not the accept loop's.
                    spawn(server.id() + "-handshake", () -> secureThenServe(client));
                }
            }
        } catch (IOException e) {
            if (running) {
                server.loopFailed(new IOException("The server stopped accepting: " + e.getMessage(), e));
            }
        } finally {
            ended.countDown();
        }
    }

    private void serve(Socket client) throws IOException {
        StreamConnection connection = new StreamConnection(server, client, server.nextConnectionId());
        if (!server.admit(connection)) {
            client.close();
            return;
        }
        spawn(server.id() + "-conn-" + connection.id(), () -> connection.readLoop(server.sessionFor(connection)));
    }

    private void secureThenServe(Socket client) {
        SSLSocket secured = TlsHandshake.secure(client, server.tls(), server.events());
        if (secured == null) {
            return;
        }
        StreamConnection connection = new StreamConnection(server, secured, server.nextConnectionId());
        if (!server.admit(connection)) {
            try {
                secured.close();
            } catch (IOException e) {
                // Refused anyway; the REJECTED event says why.
            }
            return;
        }
        connection.readLoop(server.sessionFor(connection));
    }

    @Override
    public void close() {
        running = false;
        try {
            socket.close();
            ended.await(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // Closing a listening socket has nothing useful to report.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.netplayground.engine.tcp;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** One accepted connection of a server, whatever its model. Thread-safe. */
abstract class Connection {
    private final TcpServer server;
    private final long id;
    private final String peer;
    private final Instant since = Instant.now();
    private final AtomicLong bytesIn = new AtomicLong();
    private final AtomicLong bytesOut = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();

    Connection(TcpServer server, long id, String peer) {
        this.server = server;
        this.id = id;
        this.peer = peer;
    }

    /** The server that accepted it. */
    final TcpServer server() {
        return server;
    }

    long id() {
        return id;
    }

    String peer() {
        return peer;
    }

    ConnectionInfo info() {
        return new ConnectionInfo(id, peer, bytesIn.get(), bytesOut.get(), since);
    }

    void countIn(int bytes) {
        bytesIn.addAndGet(bytes);
    }

    void countOut(int bytes) {
        bytesOut.addAndGet(bytes);
    }

    /**
     * Sends bytes to the peer; may block. Reports failures as events, never throws.
     *
     * @param note what the sent event says besides the bytes (e.g. which rule replied), or empty
     */
    abstract void write(byte[] data, String note);

    /** Queues bytes for the peer without blocking; from any thread. */
    abstract void send(byte[] data, String note);

    final boolean isClosed() {
        return closed.get();
    }

    /**
     * Stops reading, lets what was written before go out, then closes; called by the reading
     * thread. The reason goes into the CLOSED event.
     */
    abstract void closeAfterWrites(String reason);

    /** Closes the socket (or its channel, or the TLS over it); any thread, called once. */
    abstract void closeSocket();

    /** Closes the connection; the reason goes into the CLOSED event. Idempotent. */
    final void close(String reason) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closeSocket();
        server.connectionClosed(this, reason);
    }

    /** Reading or writing failed: reports why and closes, unless the connection was closed meanwhile. */
    final void closeAfterFailure(IOException e, String reason) {
        if (!isClosed()) {
            server.connectionFailed(this, e);
            close(reason);
        }
    }
}

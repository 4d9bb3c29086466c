package dev.netplayground.engine.tcp;

import dev.netplayground.engine.core.Addresses;
import dev.netplayground.engine.core.SerialExecutor;
import dev.netplayground.engine.event.EventKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/** A connection served by blocking streams on a thread of its own (platform or virtual). */
final class StreamConnection extends Connection {
    /** Idle connections keep a small buffer (ten thousand of them cost 10 MB); busy ones grow it. */
    private static final int FIRST_READ_BUFFER_BYTES = 1024;
    private static final int MAX_READ_BUFFER_BYTES = 64 * 1024;

    private final Socket socket;
    private final SerialExecutor sends;
    private final Object writeLock = new Object();

    StreamConnection(TcpServer server, Socket socket, long id) {
        super(server, id, Addresses.format(socket.getRemoteSocketAddress()));
        this.socket = socket;
        this.sends = server.threads().serialVirtual();
    }

    /** Reads until the peer closes or the connection is closed. Runs on the connection's thread. */
    void readLoop(MessageSession session) {
        byte[] buffer = new byte[FIRST_READ_BUFFER_BYTES];
        try (InputStream in = socket.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                session.onBytes(buffer, 0, n);
                if (n == buffer.length && buffer.length < MAX_READ_BUFFER_BYTES) {
                    buffer = new byte[buffer.length * 2];
                }
            }
            session.onEndOfStream();
            close("closed by peer");
        } catch (IOException e) {
            if (socket.isClosed()) {
                // TLS closes the socket itself when the peer's close_notify ends both directions.
                close("closed by peer");
            } else {
                closeAfterFailure(e, "closed after an error");
            }
        }
    }

    /** Blocking write; called by the reading thread (echo) or the send queue. */
    @Override
    void write(byte[] data, String note) {
        try {
            synchronized (writeLock) {
                // Logged before the write, so the log never shows an answer before its question.
                server().events().emitData(EventKind.SENT, peer(), data, 0, data.length, note);
                OutputStream out = socket.getOutputStream();
                out.write(data);
            }
            countOut(data.length);
        } catch (IOException e) {
            closeAfterFailure(e, "closed after a failed send");
        }
    }

    /** Writes are done by now: echoes are written by the reading thread itself. */
    @Override
    void closeAfterWrites(String reason) {
        close(reason);
    }

    @Override
    void send(byte[] data, String note) {
        sends.execute(() -> write(data, note));
    }

    @Override
    void closeSocket() {
        try {
            socket.close();
        } catch (IOException e) {
            // Already broken; the CLOSED event is what matters.
        }
    }
}

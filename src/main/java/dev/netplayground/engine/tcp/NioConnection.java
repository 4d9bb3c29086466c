package dev.netplayground.engine.tcp;

import dev.netplayground.engine.core.NioLoop;
import dev.netplayground.engine.core.NioStream;
import dev.netplayground.engine.core.NioTransport;
import dev.netplayground.engine.event.EventKind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A connection on one NIO loop, over the plain socket or TLS. Reads and writes happen on that
 * loop's thread only; when more than {@link #HIGH_WATER_BYTES} wait to be sent, reading pauses
 * until the peer catches up.
 */
final class NioConnection extends Connection implements NioStream {
    static final int HIGH_WATER_BYTES = 1024 * 1024;

    private final NioLoop loop;
    private final SocketChannel channel;
    private final NioTransport transport;
    // Loop thread only.
    private final Deque<ByteBuffer> pending = new ArrayDeque<>();
    private long pendingBytes;
    private boolean peerClosed;
    /** Set when the session ended the connection: closes once what is queued has gone out. */
    private String closingReason;
    private boolean attached;
    private MessageSession session;

    NioConnection(TcpServer server, NioLoop loop, SocketChannel channel, NioTransport.Opener transports, long id,
            String peer) {
        super(server, id, peer);
        this.loop = loop;
        this.channel = channel;
        this.transport = transports.open(loop, channel, this);
    }

    /** Loop thread: starts reading into the session. */
    void attach(MessageSession session) {
        this.session = session;
        try {
            transport.start();
        } catch (IOException e) {
            ioFailed(e);
            return;
        }
        attached = true;
        if (!pending.isEmpty()) {
            flush(); // Sent to before it was attached.
        }
    }

    /** Loop thread: what {@link #ready} did not handle itself (a closed key, a bug) ends this connection only. */
    @Override
    public void failed(SelectionKey selected, Exception e) {
        if (!isClosed()) {
            server().events().emit(EventKind.FAILED, peer(), "Connection #" + id() + " failed: " + e);
            close("closed after an error");
        }
    }

    @Override
    public SocketChannel channel() {
        return channel;
    }

    /** Loop thread: hands what came to the session. */
    @Override
    public void received(byte[] bytes, int length) {
        session.onBytes(bytes, 0, length);
    }

    @Override
    public void endOfStream() {
        session.onEndOfStream();
        peerClosed = true;
        flush(); // Closes once what is queued for the peer (echoes) has gone out.
    }

    @Override
    void write(byte[] data, String note) {
        loop.execute(() -> {
            if (isClosed()) {
                return;
            }
            // Logged when queued, so the log never shows an answer before its question.
            server().events().emitData(EventKind.SENT, peer(), data, 0, data.length, note);
            pending.add(ByteBuffer.wrap(data));
            pendingBytes += data.length;
            flush();
        });
    }

    @Override
    void send(byte[] data, String note) {
        write(data, note);
    }

    @Override
    void closeAfterWrites(String reason) {
        loop.execute(() -> {
            closingReason = reason;
            flush();
        });
    }

    /** Loop thread: writes what the socket takes, then sets interest to match what is left. */
    @Override
    public void flush() {
        try {
            while (!pending.isEmpty()) {
                ByteBuffer head = pending.peek();
                transport.write(head);
                if (head.hasRemaining()) {
                    break;
                }
                pending.poll();
                pendingBytes -= head.capacity();
                countOut(head.capacity());
            }
        } catch (IOException e) {
            ioFailed(e);
            return;
        }
        if (closingReason != null && pending.isEmpty()) {
            close(closingReason);
        } else if (peerClosed && pending.isEmpty()) {
            close("closed by peer");
        } else if (attached) {
            transport.interest(!peerClosed && closingReason == null && pendingBytes <= HIGH_WATER_BYTES,
                    !pending.isEmpty());
        }
    }

    @Override
    public void ioFailed(IOException e) {
        closeAfterFailure(e, "closed after an error");
    }

    @Override
    public void secured(String facts) {
        server().events().emit(EventKind.SECURED, peer(), facts);
    }

    @Override
    public void refused(String sentence) {
        if (!isClosed()) {
            server().events().emit(EventKind.FAILED, peer(), sentence);
            close("closed: no TLS session");
        }
    }

    @Override
    void closeSocket() {
        transport.close();
    }
}

package dev.netplayground.engine.load;

import dev.netplayground.engine.core.NioLoop;
import dev.netplayground.engine.core.NioStream;
import dev.netplayground.engine.http.BadResponseException;
import dev.netplayground.engine.http.ResponseReader;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * One keep-alive connection of an {@link HttpLoadRun}: sends a request when one is due, reads its response,
 * and reconnects when the server closes or the connection breaks. Loop thread only.
 */
final class HttpLoadConnection implements NioStream {
    /** What the connection tells its run. */
    interface Outcomes {
        /** Connection {@code index} is open: it can take a request. */
        void connected(int index);

        /** A whole response came on connection {@code index} at {@code nowNanos}, for a request due then. */
        void response(int index, int status, long dueNanos, long nowNanos);

        void read(int bytes);

        /** A failure of this kind ended a connection attempt or a request in flight. */
        void error(String kind);
    }

    private final int index;
    private final NioLoop loop;
    private final InetSocketAddress address;
    private final ByteBuffer request;
    private final boolean head;
    private final Outcomes outcomes;
    private final ResponseReader reader = new ResponseReader();
    private SocketChannel channel;
    private SelectionKey key;
    private boolean open;
    private boolean connecting;
    private boolean awaiting;
    private long startedNanos;
    private long dueNanos;
    private long retryAtNanos;

    HttpLoadConnection(int index, NioLoop loop, InetSocketAddress address, byte[] request, boolean head,
            Outcomes outcomes) {
        this.index = index;
        this.loop = loop;
        this.address = address;
        this.request = ByteBuffer.wrap(request);
        this.head = head;
        this.outcomes = outcomes;
    }

    /** Opens the connection when none is open or being opened and no retry is pending. */
    void connectIfClosed(long nowNanos) {
        if (open || connecting || nowNanos < retryAtNanos) {
            return;
        }
        try {
            channel = SocketChannel.open();
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            connecting = true;
            startedNanos = nowNanos;
            boolean now = channel.connect(address);
            key = loop.register(channel, now ? SelectionKey.OP_READ : SelectionKey.OP_CONNECT, this);
            if (now) {
                finishConnect();
            }
        } catch (IOException e) {
            fail(HttpLoadErrors.kind(e), nowNanos);
        }
    }

    /** Whether it can take a request now: connected, and no request in flight. */
    boolean isIdle() {
        return open && !awaiting;
    }

    /** Sends the request, due at {@code due}; latency counts from then. */
    void send(long due) {
        dueNanos = due;
        startedNanos = System.nanoTime();
        awaiting = true;
        reader.expect(head);
        request.rewind();
        flush();
    }

    /** Counts a connect or a response that has taken longer than {@code timeoutNanos} as a timeout. */
    void checkTimeout(long nowNanos, long timeoutNanos) {
        if ((connecting || awaiting) && nowNanos - startedNanos > timeoutNanos) {
            fail("timeout", nowNanos);
        }
    }

    @Override
    public SocketChannel channel() {
        return channel;
    }

    @Override
    public void ready(SelectionKey selected, ByteBuffer readBuffer) {
        if (selected.isValid() && selected.isConnectable()) {
            try {
                finishConnect();
            } catch (IOException e) {
                fail(HttpLoadErrors.kind(e), System.nanoTime());
            }
            return;
        }
        NioStream.super.ready(selected, readBuffer);
    }

    private void finishConnect() throws IOException {
        if (!channel.finishConnect()) {
            return;
        }
        connecting = false;
        open = true;
        key.interestOps(SelectionKey.OP_READ);
        outcomes.connected(index);
    }

    @Override
    public void received(byte[] bytes, int length) {
        outcomes.read(length);
        if (!awaiting) {
            fail("bad response", System.nanoTime()); // bytes that answer no request
            return;
        }
        try {
            int used = reader.read(bytes, 0, length);
            if (reader.isComplete()) {
                if (used < length) {
                    throw new BadResponseException("more bytes came after the response than it said");
                }
                complete();
            }
        } catch (BadResponseException e) {
            fail("bad response", System.nanoTime());
        }
    }

    private void complete() {
        awaiting = false;
        boolean closes = reader.closes();
        if (closes) {
            closeChannel();
        }
        long now = System.nanoTime();
        outcomes.response(index, reader.status(), dueNanos, now);
        if (closes) {
            connectIfClosed(now);
        }
    }

    @Override
    public void endOfStream() {
        if (awaiting) {
            reader.endOfStream();
            if (reader.isComplete()) {
                complete();
                return;
            }
            fail("closed by server", System.nanoTime());
            return;
        }
        closeChannel(); // an idle keep-alive connection the server let go: open another
        connectIfClosed(System.nanoTime());
    }

    @Override
    public void flush() {
        try {
            channel.write(request);
        } catch (IOException e) {
            ioFailed(e);
            return;
        }
        int ops = request.hasRemaining() ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ;
        if (key.interestOps() != ops) {
            key.interestOps(ops); // each change costs an epoll_ctl at the next select: only when it changes
        }
    }

    @Override
    public void ioFailed(IOException e) {
        fail(HttpLoadErrors.kind(e), System.nanoTime());
    }

    @Override
    public void failed(SelectionKey selected, Exception e) {
        fail(e instanceof IOException io ? HttpLoadErrors.kind(io) : "other", System.nanoTime());
    }

    /** Counts the failure and closes; the next attempt waits a little so a refusing server is not hammered. */
    private void fail(String kind, long nowNanos) {
        outcomes.error(kind);
        closeChannel();
        retryAtNanos = nowNanos + HttpLoadErrors.RETRY_PAUSE_NANOS;
    }

    /** Closes the socket; the run stops here or opens another. */
    void closeChannel() {
        open = false;
        connecting = false;
        awaiting = false;
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Closing: nothing left to count.
            }
        }
    }
}

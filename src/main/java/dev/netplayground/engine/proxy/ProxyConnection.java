package dev.netplayground.engine.proxy;

import dev.netplayground.engine.core.NioLoop;
import dev.netplayground.engine.event.EventKind;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.SplittableRandom;

/**
 * A client's connection through the proxy: its socket, the proxy's socket to the target, and a
 * {@link ProxyPipe} each way. When both sides have shut their output it closes; a failure on
 * either side closes both. Loop thread only, but for {@link #info} and {@link #kick}.
 */
final class ProxyConnection {
    private final TcpProxy proxy;
    private final long id;
    private final String client;
    private final NioLoop loop;
    private final SocketChannel clientChannel;
    private final SocketChannel targetChannel;
    private final ProxyPipe up;
    private final ProxyPipe down;
    private final ByteBuffer readBuffer;
    private SelectionKey clientKey;
    private SelectionKey targetKey;
    private boolean connected;
    private volatile boolean closed;

    /** @param readBuffer its loop's direct buffer: bytes read into it are written on without a copy */
    ProxyConnection(TcpProxy proxy, long id, String client, NioLoop loop, ByteBuffer readBuffer,
            SocketChannel clientChannel, SplittableRandom random) throws IOException {
        this.proxy = proxy;
        this.id = id;
        this.client = client;
        this.loop = loop;
        this.readBuffer = readBuffer;
        this.clientChannel = clientChannel;
        this.targetChannel = SocketChannel.open();
        this.up = new ProxyPipe(ProxyDirection.UPSTREAM, this, loop,
                () -> proxy.conditions(ProxyDirection.UPSTREAM), proxy.conditionLog(), random.split());
        this.down = new ProxyPipe(ProxyDirection.DOWNSTREAM, this, loop,
                () -> proxy.conditions(ProxyDirection.DOWNSTREAM), proxy.conditionLog(), random.split());
    }

    String client() {
        return client;
    }

    long id() {
        return id;
    }

    ProxyConnectionInfo info() {
        return new ProxyConnectionInfo(id, client, up.passed(), down.passed());
    }

    /** Loop thread: starts connecting to the target; the client is read once that is done. */
    void start(InetSocketAddress target) {
        try {
            targetChannel.configureBlocking(false);
            targetChannel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            clientKey = loop.register(clientChannel, 0, new Side(true));
            targetKey = loop.register(targetChannel, SelectionKey.OP_CONNECT, new Side(false));
            if (targetChannel.connect(target)) {
                connected();
            }
        } catch (IOException e) {
            fail("could not reach the target " + proxy.targetText() + ": " + e.getMessage());
        }
    }

    private void connected() throws IOException {
        connected = true;
        up.writeTo(targetChannel);
        down.writeTo(clientChannel);
        proxy.events().emit(EventKind.CONNECTED, client, "connection #" + id + " relayed to " + proxy.targetText());
        int cutMillis = firstCutMillis();
        if (cutMillis > 0) {
            boolean reset = proxy.conditions(ProxyDirection.UPSTREAM).cutAfterMillis() == cutMillis
                    ? proxy.conditions(ProxyDirection.UPSTREAM).reset()
                    : proxy.conditions(ProxyDirection.DOWNSTREAM).reset();
            loop.schedule(cutMillis * 1_000_000L, () -> cutAfterTime(cutMillis, reset));
        }
        interestChanged();
    }

    private int firstCutMillis() {
        int up = proxy.conditions(ProxyDirection.UPSTREAM).cutAfterMillis();
        int down = proxy.conditions(ProxyDirection.DOWNSTREAM).cutAfterMillis();
        return up == 0 ? down : down == 0 ? up : Math.min(up, down);
    }

    private void cutAfterTime(int millis, boolean reset) {
        if (!closed) {
            cut(reset, (reset ? "reset" : "closed") + " connection #" + id + " after " + millis + " ms");
        }
    }

    /** A pipe reached its byte limit: ends the connection (both sockets) as the conditions say. */
    void cut(ProxyDirection direction, boolean reset, long bytes) {
        cut(reset, String.format(java.util.Locale.ROOT, "%s connection #%d after %,d bytes %s",
                reset ? "reset" : "closed", id, bytes, direction.label()));
    }

    private void cut(boolean reset, String message) {
        proxy.conditionLog().applied(reset ? ConditionKind.RESET : ConditionKind.CLOSED, client, () -> message);
        if (reset) {
            try {
                clientChannel.setOption(StandardSocketOptions.SO_LINGER, 0);
                targetChannel.setOption(StandardSocketOptions.SO_LINGER, 0);
            } catch (IOException e) {
                // Already closed: nothing left to reset.
            }
        }
        close(reset ? "reset by the proxy" : "closed by the proxy");
    }

    /** Any thread: the conditions changed; flushes both ways on the loop (a stall may have ended). */
    void kick() {
        loop.execute(() -> {
            flushSafely(up);
            flushSafely(down);
        });
    }

    void flushSafely(ProxyPipe pipe) {
        if (closed || !connected) {
            return;
        }
        try {
            pipe.flush();
        } catch (IOException e) {
            fail("relaying failed: " + e.getMessage());
        }
    }

    /** Sets what each socket waits for from what its two pipes need; closes when both ways are done. */
    void interestChanged() {
        if (closed) {
            return;
        }
        if (up.outputShut() && down.outputShut()) {
            close("closed by both sides");
            return;
        }
        try {
            setInterest(clientKey, (connected && up.wantsRead() ? SelectionKey.OP_READ : 0)
                    | (down.wantsWrite() ? SelectionKey.OP_WRITE : 0));
            setInterest(targetKey, (connected && down.wantsRead() ? SelectionKey.OP_READ : 0)
                    | (up.wantsWrite() ? SelectionKey.OP_WRITE : 0));
        } catch (CancelledKeyException e) {
            close("closed");
        }
    }

    /** Changes a key's interest only when it differs: each change costs the selector an update. */
    private static void setInterest(SelectionKey key, int ops) {
        if (key.interestOps() != ops) {
            key.interestOps(ops);
        }
    }

    private void fail(String message) {
        if (!closed) {
            proxy.events().emit(EventKind.FAILED, client, "Connection #" + id + ": " + message);
            close("closed after an error");
        }
    }

    /** Closes both sockets once; any thread after the loops have ended. */
    void close(String reason) {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(clientChannel);
        closeQuietly(targetChannel);
        proxy.closed(this, String.format(java.util.Locale.ROOT, "connection #%d %s: %,d bytes %s, %,d bytes %s",
                id, reason, up.passed(), ProxyDirection.UPSTREAM.label(), down.passed(),
                ProxyDirection.DOWNSTREAM.label()));
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing: nothing to tell.
        }
    }

    /** One of the two sockets, as its key's attachment. */
    private final class Side implements NioLoop.Ready {
        private final boolean isClient;

        Side(boolean isClient) {
            this.isClient = isClient;
        }

        @Override
        public void ready(SelectionKey key, ByteBuffer loopBuffer) throws IOException {
            if (key.isConnectable()) {
                targetChannel.finishConnect();
                connected();
                return;
            }
            ProxyPipe in = isClient ? up : down;
            ProxyPipe out = isClient ? down : up;
            if (key.isReadable()) {
                readBuffer.clear();
                int n = ((SocketChannel) key.channel()).read(readBuffer);
                if (n < 0) {
                    in.sourceEnded();
                } else if (n > 0) {
                    in.received(readBuffer.flip());
                }
            }
            if (!closed && key.isValid() && key.isWritable()) {
                out.flush();
            }
        }

        @Override
        public void failed(SelectionKey key, Exception e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            fail(!connected && !isClient
                    ? "could not reach the target " + proxy.targetText() + ": " + message
                    : (isClient ? "the client" : "the target") + " side failed: " + message);
        }
    }
}

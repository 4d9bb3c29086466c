package dev.netplayground.engine.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/** A stream's bytes straight on its socket; the stream itself is the loop's handler. */
public final class PlainTransport implements NioTransport {
    private final NioLoop loop;
    private final SocketChannel channel;
    private final NioStream stream;
    private SelectionKey key;

    public PlainTransport(NioLoop loop, SocketChannel channel, NioStream stream) {
        this.loop = loop;
        this.channel = channel;
        this.stream = stream;
    }

    @Override
    public void start() throws IOException {
        key = loop.register(channel, SelectionKey.OP_READ, stream);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return channel.write(src);
    }

    @Override
    public void interest(boolean read, boolean write) {
        if (key == null || !key.isValid()) {
            return;
        }
        try {
            key.interestOps((read ? SelectionKey.OP_READ : 0) | (write ? SelectionKey.OP_WRITE : 0));
        } catch (CancelledKeyException e) {
            // Closed by another thread meanwhile; whoever closed it reports it.
        }
    }

    @Override
    public void shutdownOutput() throws IOException {
        channel.shutdownOutput();
    }

    @Override
    public boolean isOpen() {
        return channel.isOpen();
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // Already broken: nothing to add.
        }
    }
}

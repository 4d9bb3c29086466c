package dev.netplayground.engine.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * A connected socket on a {@link NioLoop}: when its key is selected, reads what has come into
 * the loop's buffer and writes when the socket takes more. Loop thread only.
 */
public interface NioStream extends NioLoop.Ready {
    /** The socket this reads from. */
    SocketChannel channel();

    /** {@code length} bytes (at least one) have come, at the start of {@code bytes}; valid until this returns. */
    void received(byte[] bytes, int length);

    /** The peer shut its output. */
    void endOfStream();

    /** Writes what waits, as much as the socket takes (called again when it takes more). */
    void flush();

    /** Reading or writing failed: the connection is broken. */
    void ioFailed(IOException e);

    /** A TLS transport under this stream finished its handshake; {@code facts} say how, in one line. */
    default void secured(String facts) {
    }

    /**
     * A TLS transport under this stream will not carry it (plain text to a TLS port, a failed
     * handshake); {@code sentence} says why. The stream reports it and closes.
     */
    default void refused(String sentence) {
        ioFailed(new IOException(sentence));
    }

    @Override
    default void ready(SelectionKey selected, ByteBuffer readBuffer) {
        if (selected.isReadable()) {
            read(readBuffer);
        }
        if (selected.isValid() && selected.isWritable()) {
            flush();
        }
    }

    private void read(ByteBuffer buffer) {
        buffer.clear();
        int n;
        try {
            n = channel().read(buffer);
        } catch (IOException e) {
            ioFailed(e);
            return;
        }
        if (n < 0) {
            endOfStream();
        } else if (n > 0) {
            received(buffer.array(), n);
        }
    }
}

package dev.netplayground.engine.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.channels.WritableByteChannel;

/**
 * What a {@link NioStream} sends through and tells what it waits for: the socket itself, or TLS
 * over it. Loop thread only, but {@link #close}.
 */
public interface NioTransport extends WritableByteChannel {
    /** Makes the transport of a stream on a loop; nothing happens before {@link #start}. */
    @FunctionalInterface
    interface Opener {
        NioTransport open(NioLoop loop, SocketChannel channel, NioStream stream);
    }

    /** Registers with the loop and starts reading into the stream. */
    void start() throws IOException;

    /** Takes what it can of {@code src} now, without waiting; returns how many bytes it took. */
    @Override
    int write(ByteBuffer src) throws IOException;

    /**
     * What the stream waits for: bytes to read (false pauses reading: backpressure), and room to
     * write what it still holds (the stream's {@link NioStream#flush} is called when there is).
     */
    void interest(boolean read, boolean write);

    /** Ends the output (TLS first says close_notify); reading goes on. */
    void shutdownOutput() throws IOException;

    /** Closes the socket (TLS first says close_notify, as far as the socket takes it at once). Any thread. */
    @Override
    void close();
}

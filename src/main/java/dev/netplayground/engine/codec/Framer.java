package dev.netplayground.engine.codec;

import java.util.function.Consumer;

/**
 * Cuts a byte stream into messages, whatever the sizes of the reads that deliver it. Not
 * thread-safe: one framer per connection, fed by one thread at a time.
 */
public interface Framer {
    /**
     * Feeds bytes; hands each message they complete to {@code sink}, in order, before returning.
     * The bytes are not kept: frames are copies.
     *
     * @throws FramingException when the stream cannot be cut any further (a message over the limit,
     *     a bad length header); the messages before it have been handed over; feed no more
     */
    void feed(byte[] data, int offset, int length, Consumer<Frame> sink) throws FramingException;

    /** End of stream: hands over what is held, as an {@link Frame.Cut#UNFINISHED} frame, if anything. */
    void finish(Consumer<Frame> sink);
}

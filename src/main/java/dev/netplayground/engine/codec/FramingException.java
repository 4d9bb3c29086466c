package dev.netplayground.engine.codec;

/**
 * A stream that cannot be cut any further: the connection has to end. The message is a
 * sentence to show; {@link #closeReason} says it in a few words for the closing event.
 */
public final class FramingException extends Exception {
    private final String closeReason;
    private final long undeliveredBytes;

    FramingException(String message, String closeReason, long undeliveredBytes) {
        super(message, null, false, false);
        this.closeReason = closeReason;
        this.undeliveredBytes = undeliveredBytes;
    }

    /** Why the connection closes, e.g. {@code closed: a message over the limit}. */
    public String closeReason() {
        return closeReason;
    }

    /** Bytes received and held or not yet cut when the framing gave up: they reach no handler. */
    public long undeliveredBytes() {
        return undeliveredBytes;
    }
}

package dev.netplayground.engine.codec;

import java.util.Arrays;

/**
 * One message cut from a stream by a {@link Framer}.
 *
 * @param bytes        the message as it came on the wire: length header, delimiter or line ending included
 * @param payloadStart where the payload starts in {@code bytes} (after a length header)
 * @param payloadEnd   where it ends (before a delimiter or line ending)
 * @param cut          whether it is a whole message, a piece of an over-long line, or what end of stream cut
 */
public record Frame(byte[] bytes, int payloadStart, int payloadEnd, Cut cut) {
    /** How a frame ended. */
    public enum Cut {
        /** A message as the framing defines it. */
        WHOLE,
        /** Line framing only: a piece of a line longer than the limit; more of it follows. */
        PIECE,
        /** What the stream held when it ended before the message was complete. */
        UNFINISHED
    }

    /** A frame that is all payload. */
    public static Frame of(byte[] bytes, Cut cut) {
        return new Frame(bytes, 0, bytes.length, cut);
    }

    /** The payload alone (a copy): no length header, delimiter or line ending. */
    public byte[] payload() {
        return Arrays.copyOfRange(bytes, payloadStart, payloadEnd);
    }

    public int payloadLength() {
        return payloadEnd - payloadStart;
    }
}

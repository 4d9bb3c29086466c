package dev.netplayground.engine.udp;

import java.nio.ByteBuffer;

/**
 * The sequence stamp that {@code load udp --seq} and the UDP sender's sequence mode put at the
 * start of each datagram, so a receiver can count loss, duplicates, reordering and jitter.
 *
 * <pre>
 * offset  size  field
 *      0     4  magic: the ASCII bytes "NPSQ" (0x4E 0x50 0x53 0x51)
 *      4     8  sequence number (u64 field, values below 2^63), big-endian: 0 for a source's first datagram,
 *               then 1, 2, ...
 *     12     8  send time in nanoseconds, big-endian, from the sender's monotonic clock
 *    (20)       the rest of the datagram: any payload, not read
 * </pre>
 *
 * The send time has no epoch: only the difference between two stamps of one sender means anything,
 * which is all the interarrival jitter of RFC 3550 needs (no synchronised clocks).
 *
 * @param sequence  the datagram's number in its source's stream
 * @param sentNanos when it was sent, on the sender's clock
 */
public record SequenceStamp(long sequence, long sentNanos) {
    /** Bytes the stamp takes at the start of a datagram. */
    public static final int BYTES = 20;
    private static final int MAGIC = 0x4E505351;

    /**
     * The stamp at the start of {@code datagram}, or null when it carries none: too short, another
     * magic, or a sequence number of 2^63 or more (no stream gets there; such a stamp is not ours).
     */
    public static SequenceStamp read(byte[] datagram) {
        if (datagram.length < BYTES) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(datagram);
        long sequence = buffer.getLong(4);
        if (buffer.getInt(0) != MAGIC || sequence < 0) {
            return null;
        }
        return new SequenceStamp(sequence, buffer.getLong(12));
    }

    /** Writes this stamp into the first {@link #BYTES} bytes of {@code datagram}, at absolute positions. */
    public void writeTo(ByteBuffer datagram) {
        datagram.putInt(0, MAGIC).putLong(4, sequence).putLong(12, sentNanos);
    }

    /** A new datagram: this stamp followed by {@code payload}. */
    public byte[] prependTo(byte[] payload) {
        byte[] datagram = new byte[BYTES + payload.length];
        writeTo(ByteBuffer.wrap(datagram));
        System.arraycopy(payload, 0, datagram, BYTES, payload.length);
        return datagram;
    }
}

package dev.netplayground.engine.load;

import dev.netplayground.engine.core.NetErrors;
import dev.netplayground.engine.udp.SequenceStamp;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends datagrams of one size to one receiver as fast as the socket takes them, like
 * {@code iperf3 -u -b 0}, or paced at a constant rate: each datagram has a due time, and any
 * that fell behind are sent at once (a late sender catches up, it does not slow the rate).
 * What the receiver counts shows how much it keeps up with. Datagrams
 * refused by the receiving host (no one listening: ICMP port unreachable) are counted apart.
 * Blocking: runs on the caller's thread.
 */
public final class UdpFlood {
    /**
     * @param sent    datagrams the socket accepted
     * @param refused sends that failed because nothing listened on the port
     * @param seconds how long it sent
     */
    public record Result(long sent, long refused, double seconds) {
        public double sentPerSecond() {
            return seconds == 0 ? 0 : sent / seconds;
        }
    }

    private UdpFlood() {}

    /** @throws IOException with a message for people when the socket cannot be opened or sending fails */
    public static Result run(String host, int port, Duration duration, int size) throws IOException {
        return run(host, port, duration, size, 0, false);
    }

    /**
     * @param perSecond datagrams per second, or 0 for as fast as the socket takes them
     * @param stamped   whether each datagram starts with a {@link SequenceStamp} (numbered from 0; a refused
     *                  send uses up its number), so the receiver can measure loss, reordering and jitter
     * @throws IOException with a message for people when the socket cannot be opened or sending fails
     */
    public static Result run(String host, int port, Duration duration, int size, long perSecond, boolean stamped)
            throws IOException {
        if (size < 0 || size > 65_507) {
            throw new IllegalArgumentException("datagram size must be 0 to 65,507 bytes");
        }
        if (stamped && size < SequenceStamp.BYTES) {
            throw new IllegalArgumentException("a sequence-stamped datagram needs at least " + SequenceStamp.BYTES
                    + " bytes (the stamp); the size is " + size);
        }
        if (perSecond < 0 || perSecond > 10_000_000) {
            throw new IllegalArgumentException(
                    "rate must be 0 (as fast as possible) to 10,000,000 datagrams per second");
        }
        double nanosPerDatagram = perSecond == 0 ? 0 : 1e9 / perSecond;
        ByteBuffer datagram = ByteBuffer.allocateDirect(size);
        while (datagram.hasRemaining()) {
            datagram.put((byte) ('a' + datagram.position() % 26));
        }
        try (DatagramChannel channel = DatagramChannel.open()) {
            channel.connect(new InetSocketAddress(host, port));
            long start = System.nanoTime();
            long deadline = start + duration.toNanos();
            long sent = 0;
            long refused = 0;
            // Paced: exactly the datagrams due within the duration, even if the last ones are late.
            long paced = perSecond == 0 ? 0 : (long) Math.ceil(duration.toNanos() / nanosPerDatagram);
            while (perSecond == 0 ? System.nanoTime() < deadline : sent + refused < paced) {
                if (perSecond > 0) {
                    long wait = start + (long) ((sent + refused) * nanosPerDatagram) - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                        continue;
                    }
                }
                if (stamped) {
                    new SequenceStamp(sent + refused, System.nanoTime()).writeTo(datagram);
                }
                datagram.rewind();
                try {
                    channel.write(datagram);
                    sent++;
                } catch (PortUnreachableException e) {
                    refused++;
                }
            }
            return new Result(sent, refused, (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw new IOException(NetErrors.sendFailure(e, host, port), e);
        }
    }
}

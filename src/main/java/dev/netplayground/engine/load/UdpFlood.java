package dev.netplayground.engine.load;

import dev.netplayground.engine.core.NetErrors;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;

/**
 * Sends datagrams of one size to one receiver as fast as the socket takes them, like
 * {@code iperf3 -u -b 0}: what the receiver counts shows how much it keeps up with. Datagrams
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
        if (size < 0 || size > 65_507) {
            throw new IllegalArgumentException("datagram size must be 0 to 65,507 bytes");
        }
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
            while (System.nanoTime() < deadline) {
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

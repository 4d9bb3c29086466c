package dev.netplayground.engine.udp;

import dev.netplayground.engine.core.Addresses;
import dev.netplayground.engine.core.NetErrors;
import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.UnsupportedAddressTypeException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A bound datagram channel with its receive loop, shared by receivers and senders: one
 * socket both receives and sends, as an asynchronous UDP peer does. The loop reads into a
 * buffer of the largest datagram size, so a datagram longer than the user's buffer is
 * detected and reported with its real length, then cut to the buffer as a real program
 * would see it. Thread-safe.
 */
final class UdpSocket {
    private final DatagramChannel channel;
    private final EventEmitter events;
    private final int bufferBytes;
    private final AtomicLong datagrams = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong truncated = new AtomicLong();
    private final SourceQualities quality = new SourceQualities();
    private volatile InetSocketAddress lastSource;
    // Receive loop only: lastSource formatted, so a flood from one source formats it once.
    private String lastPeer;

    UdpSocket(DatagramChannel channel, EventEmitter events, int bufferBytes) {
        this.channel = channel;
        this.events = events;
        this.bufferBytes = bufferBytes;
    }

    /** IPv4 sockets for IPv4 addresses, so 0.0.0.0 stays 0.0.0.0 and broadcast works. */
    static java.net.ProtocolFamily familyOf(java.net.InetAddress address) {
        return address instanceof java.net.Inet4Address
                ? java.net.StandardProtocolFamily.INET
                : java.net.StandardProtocolFamily.INET6;
    }

    InetSocketAddress localAddress() throws IOException {
        return (InetSocketAddress) channel.getLocalAddress();
    }

    /** Receives until the channel closes; runs on the endpoint's thread. */
    void receiveLoop(Consumer<Datagram> handler) {
        ByteBuffer buffer = ByteBuffer.allocate(UdpLimits.MAX_DATAGRAM_BYTES + 1);
        while (channel.isOpen()) {
            buffer.clear();
            SocketAddress from;
            try {
                from = channel.receive(buffer);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                events.emit(EventKind.FAILED, "", "Receive failed: " + e.getMessage());
                continue;
            }
            long arrivalNanos = System.nanoTime();
            InetSocketAddress source = (InetSocketAddress) from;
            int length = buffer.position();
            byte[] kept = Arrays.copyOf(buffer.array(), Math.min(length, bufferBytes));
            Datagram datagram = new Datagram(source, kept, length, arrivalNanos);
            // Measured first: whoever sees the datagram counted or logged sees it in the quality too.
            quality.record(datagram);
            count(datagram);
            handler.accept(datagram);
        }
    }

    private void count(Datagram datagram) {
        if (!datagram.source().equals(lastSource)) {
            lastPeer = Addresses.format(datagram.source());
        }
        lastSource = datagram.source();
        datagrams.incrementAndGet();
        bytes.addAndGet(datagram.kept().length);
        String peer = lastPeer;
        byte[] kept = datagram.kept();
        if (datagram.truncated()) {
            truncated.incrementAndGet();
            events.emitData(EventKind.RECEIVED, peer, kept, 0, kept.length, "truncated: datagram of "
                    + datagram.originalLength() + " bytes, kept " + kept.length + " (the buffer size). "
                    + "Raise the buffer to keep it whole.");
        } else {
            events.emitData(EventKind.RECEIVED, peer, kept, 0, kept.length, "");
        }
    }

    /** Sends one datagram; the failure, if any, is logged and returned as a message. */
    String send(InetSocketAddress target, byte[] data) {
        return send(target, data, "");
    }

    /** As {@link #send(InetSocketAddress, byte[])}, the sent event saying {@code note} (e.g. which rule replied). */
    String send(InetSocketAddress target, byte[] data, String note) {
        String peer = Addresses.format(target);
        try {
            UdpLimits.checkPayload(data.length);
            if (target.isUnresolved()) {
                throw new java.nio.channels.UnresolvedAddressException();
            }
            if (target.getAddress() instanceof Inet6Address && localAddress().getAddress() instanceof Inet4Address) {
                throw new UnsupportedAddressTypeException();
            }
            events.emitData(EventKind.SENT, peer, data, 0, data.length, note);
            channel.send(ByteBuffer.wrap(data), target);
            return null;
        } catch (IllegalArgumentException e) {
            String message = e instanceof UnsupportedAddressTypeException
                    ? NetErrors.sendFailure(e, hostOf(target), target.getPort())
                    : NetErrors.reason(e);
            events.emit(EventKind.FAILED, peer, message);
            return message;
        } catch (IOException | RuntimeException e) {
            String message = NetErrors.sendFailure(e, hostOf(target), target.getPort());
            events.emit(EventKind.FAILED, peer, message);
            return message;
        }
    }

    private static String hostOf(InetSocketAddress target) {
        return target.getAddress() == null ? target.getHostString() : Addresses.host(target.getAddress());
    }

    InetSocketAddress lastSource() {
        return lastSource;
    }

    /** The quality of each source's stream of sequence-stamped datagrams received so far. */
    SourceQualities quality() {
        return quality;
    }

    UdpStats stats() {
        return new UdpStats(datagrams.get(), bytes.get(), truncated.get());
    }

    void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing to report: the endpoint is stopping.
        }
    }
}

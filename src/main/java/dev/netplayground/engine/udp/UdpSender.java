package dev.netplayground.engine.udp;

import dev.netplayground.engine.core.Addresses;
import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.EngineThreads;
import dev.netplayground.engine.core.NetErrors;
import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Sends datagrams from one ephemeral socket and shows the replies that come back to it.
 * Thread-safe; replies are received on a virtual thread.
 */
public final class UdpSender extends UdpEndpoint {
    private final EngineThreads threads;
    private final EventEmitter events;
    private final DatagramChannel channel;
    // The next sequence number a stamped datagram from this socket carries: one stream per source, across runs.
    private final AtomicLong nextSequence = new AtomicLong();

    private UdpSender(String id, EngineThreads threads, EventEmitter events, Runnable onClosed, DatagramChannel channel,
            UdpSocket socket) throws IOException {
        super(id, events, onClosed, socket);
        this.threads = threads;
        this.events = events;
        this.channel = channel;
    }

    /**
     * Binds an ephemeral port on {@code localAddress} (0.0.0.0 for any) and starts receiving
     * replies. Blocks while binding: call it off the FX thread.
     *
     * @param replies gets every datagram that comes back, on the receiving thread (fast, no throw)
     */
    public static UdpSender open(String id, String localAddress, boolean broadcast, EngineThreads threads,
            EventEmitter events, Consumer<Datagram> replies, Runnable onClosed) throws EndpointStartException {
        DatagramChannel channel = null;
        try {
            InetAddress local = InetAddress.getByName(localAddress);
            channel = DatagramChannel.open(UdpSocket.familyOf(local));
            channel.setOption(StandardSocketOptions.SO_BROADCAST, broadcast);
            channel.bind(new InetSocketAddress(local, 0));
            UdpSender sender = new UdpSender(id, threads, events, onClosed, channel,
                    new UdpSocket(channel, events, UdpLimits.MAX_DATAGRAM_BYTES));
            events.emit(EventKind.STARTED, "", "sending from " + sender.url() + (broadcast ? " (broadcast on)" : ""));
            threads.virtual(id + "-replies", () -> sender.socket().receiveLoop(replies));
            return sender;
        } catch (IOException | RuntimeException e) {
            throw startFailed(channel, events, NetErrors.bindFailure(e, localAddress, 0), e);
        }
    }

    /**
     * The local address to send to {@code host} from: {@code local}, except that the IPv4 wildcard
     * becomes the IPv6 one for an IPv6 host (an IPv4 socket cannot reach it). Resolves the host.
     */
    public static String localAddressFor(String local, String host) {
        try {
            boolean v6 = InetAddress.getByName(host) instanceof Inet6Address;
            return v6 && "0.0.0.0".equals(local) ? "::" : local;
        } catch (UnknownHostException e) {
            return local;
        }
    }

    /** Sends one datagram; returns null, or why it failed (also logged). Resolves the host: not on the FX thread. */
    public String send(String host, int port, byte[] data) {
        InetSocketAddress target;
        try {
            target = new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException | IllegalArgumentException e) {
            String message = e instanceof UnknownHostException
                    ? NetErrors.sendFailure(e, host, port)
                    : "Invalid target " + Addresses.hostPort(host, port) + ": " + NetErrors.reason(e);
            events.emit(EventKind.FAILED, Addresses.hostPort(host, port), message);
            return message;
        }
        return socket().send(target, data);
    }

    /**
     * Sends the same datagram {@code count} times, {@code interval} apart, in the background.
     * {@code progress} gets the number sent so far after each send (sending thread).
     */
    public SendRun sendRepeatedly(String host, int port, byte[] data, int count, Duration interval,
            IntConsumer progress) {
        return sendRepeatedly(host, port, data, count, interval, false, progress);
    }

    /**
     * As {@link #sendRepeatedly(String, int, byte[], int, Duration, IntConsumer)}; when {@code stamped},
     * each datagram is a {@link SequenceStamp} (the next number of this socket's stream, the time of
     * sending) followed by {@code data}.
     */
    public SendRun sendRepeatedly(String host, int port, byte[] data, int count, Duration interval, boolean stamped,
            IntConsumer progress) {
        SendRun run = new SendRun(count);
        threads.virtual(id() + "-repeat", () -> run.execute(i -> send(host, port, stamped ? stamp(data) : data),
                interval, progress));
        return run;
    }

    private byte[] stamp(byte[] data) {
        return new SequenceStamp(nextSequence.getAndIncrement(), System.nanoTime()).prependTo(data);
    }

    public void setBroadcast(boolean broadcast) throws IOException {
        channel.setOption(StandardSocketOptions.SO_BROADCAST, broadcast);
    }

    public UdpStats repliesStats() {
        return socket().stats();
    }

    /** An open sender waits for nothing: what it sends and the replies it gets are events. */
    @Override
    public boolean isActive() {
        return false;
    }

    @Override
    String stopped() {
        return "closed " + url();
    }
}

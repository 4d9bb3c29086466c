package dev.netplayground.engine.udp;

import dev.netplayground.engine.core.Addresses;
import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.EngineThreads;
import dev.netplayground.engine.core.NetErrors;
import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.reply.ReplyRules;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.util.List;
import java.util.function.Consumer;

/**
 * Receives datagrams on one socket, logs each, optionally echoes it, and can reply from the
 * same socket. Thread-safe; the receive loop runs on a virtual thread and {@link #close}
 * wakes it.
 */
public final class UdpReceiver extends UdpEndpoint {
    private static final int SOCKET_RECEIVE_BUFFER = 4 * 1024 * 1024;

    private final UdpReceiverConfig config;
    private final Consumer<Datagram> handler;
    private final ReplyRules replyRules;
    private final EngineThreads threads;

    private UdpReceiver(String id, UdpReceiverConfig config, EngineThreads threads, EventEmitter events,
            Consumer<Datagram> handler, Runnable onClosed, UdpSocket socket) throws IOException {
        super(id, events, onClosed, socket);
        this.threads = threads;
        this.replyRules = new ReplyRules(config.replyRules());
        this.handler = handler;
        this.config = config;
    }

    /**
     * Binds (and joins the multicast group, if any), then receives in the background. Blocks
     * while binding: call it off the FX thread.
     *
     * @param handler gets every datagram on the receiving thread (fast, no throw)
     */
    public static UdpReceiver start(String id, UdpReceiverConfig config, EngineThreads threads, EventEmitter events,
            Consumer<Datagram> handler, Runnable onClosed) throws EndpointStartException {
        DatagramChannel channel = null;
        try {
            InetAddress group = config.multicastGroup() == null ? null : multicastGroup(config.multicastGroup());
            InetAddress bind = bindAddress(InetAddress.getByName(config.bindAddress()), group);
            channel = DatagramChannel.open(UdpSocket.familyOf(group == null ? bind : group));
            channel.setOption(StandardSocketOptions.SO_RCVBUF, SOCKET_RECEIVE_BUFFER);
            if (config.multicastGroup() != null) {
                channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            }
            channel.bind(new InetSocketAddress(bind, config.port()));
            String joined = group == null ? "" : join(channel, group, config);
            UdpReceiver receiver = new UdpReceiver(id, config, threads, events, handler, onClosed,
                    new UdpSocket(channel, events, config.bufferBytes()));
            events.emit(EventKind.STARTED, "", "listening on " + receiver.url() + " (buffer " + config.bufferBytes()
                    + " bytes" + (config.echo() ? ", echo on" : "") + replies(config) + joined + ")");
            // A platform thread: under a flood, a virtual thread would park and unpark between datagrams.
            threads.platform(id + "-receive", () -> receiver.socket().receiveLoop(receiver::onDatagram));
            return receiver;
        } catch (IOException | RuntimeException e) {
            String message = e instanceof MulticastSetupException ? e.getMessage()
                    : NetErrors.bindFailure(e, config.bindAddress(), config.port());
            throw startFailed(channel, events, message, e);
        }
    }

    private static String replies(UdpReceiverConfig config) {
        int count = config.replyRules().size();
        return count == 0 ? "" : ", " + count + (count == 1 ? " reply rule" : " reply rules");
    }

    /** An IPv4 (224.0.0.0/4) or IPv6 (ff00::/8) multicast group, or a sentence saying it is none. */
    private static InetAddress multicastGroup(String text) throws IOException {
        InetAddress group = InetAddress.getByName(text);
        if (!group.isMulticastAddress()) {
            throw new MulticastSetupException("'" + text + "' is not a multicast group; use one from 224.0.0.0 to "
                    + "239.255.255.255 (e.g. 239.1.2.3) or an IPv6 one starting with ff (e.g. ff02::1234).");
        }
        return group;
    }

    /** The socket must be of the group's family: the wildcard of one family stands for the other's. */
    private static InetAddress bindAddress(InetAddress bind, InetAddress group) throws IOException {
        boolean v6Group = group instanceof Inet6Address;
        if (group == null || v6Group == bind instanceof Inet6Address || !bind.isAnyLocalAddress()) {
            return bind;
        }
        return InetAddress.getByName(v6Group ? "::" : "0.0.0.0");
    }

    private static String join(DatagramChannel channel, InetAddress group, UdpReceiverConfig config)
            throws IOException {
        NetworkInterface networkInterface = config.multicastInterface() == null
                ? defaultMulticastInterface(group instanceof Inet6Address)
                : NetworkInterface.getByName(config.multicastInterface());
        if (networkInterface == null) {
            throw new MulticastSetupException("No network interface named '" + config.multicastInterface()
                    + "'. Leave it empty for the default, or use a name such as eth0 or lo.");
        }
        channel.join(group, networkInterface);
        return ", joined " + Addresses.host(group) + " on " + networkInterface.getName();
    }

    private static NetworkInterface defaultMulticastInterface(boolean v6) throws IOException {
        return NetworkInterface.networkInterfaces()
                .filter(ni -> {
                    try {
                        return ni.isUp() && ni.supportsMulticast()
                                && ni.inetAddresses().anyMatch(a -> v6 == a instanceof Inet6Address);
                    } catch (IOException e) {
                        return false;
                    }
                })
                .min((a, b) -> Boolean.compare(isLoopback(a), isLoopback(b)))
                .orElseThrow(() -> new MulticastSetupException("No network interface supports multicast here."));
    }

    private static boolean isLoopback(NetworkInterface ni) {
        try {
            return ni.isLoopback();
        } catch (IOException e) {
            return false;
        }
    }

    /** The handler, then the first reply rule that matches, or else the echo. */
    private void onDatagram(Datagram datagram) {
        handler.accept(datagram);
        ReplyRules.Reply reply = replyRules.isEmpty() ? null : replyRules.answer(datagram.kept());
        if (reply != null) {
            int delay = reply.rule().delayMillis();
            if (delay == 0) {
                socket().send(datagram.source(), reply.bytes(), reply.note());
            } else {
                threads.after(delay, () -> socket().send(datagram.source(), reply.bytes(), reply.note()));
            }
        } else if (config.echo()) {
            socket().send(datagram.source(), datagram.kept());
        }
    }

    /** Sends bytes from this receiver's socket; returns null, or why it failed (also logged). */
    public String reply(InetSocketAddress target, byte[] data) {
        return socket().send(target, data);
    }

    /** Replies to the source of the last datagram; a message when there was none yet. */
    public String replyToLast(byte[] data) {
        InetSocketAddress last = socket().lastSource();
        if (last == null) {
            return "No datagram received yet, so there is no one to reply to.";
        }
        return reply(last, data);
    }

    public InetSocketAddress lastSource() {
        return socket().lastSource();
    }

    public UdpStats stats() {
        return socket().stats();
    }

    /**
     * Any thread: the quality of each source's stream of sequence-stamped datagrams ({@link SequenceStamp}),
     * in the order the sources first sent; empty while no stamped datagram came.
     */
    public List<UdpQuality> quality() {
        return socket().quality().snapshot();
    }

    /** Any thread: stamped datagrams from sources beyond the ones tracked (256), counted in no quality record. */
    public long untrackedStamped() {
        return socket().quality().untracked();
    }

    public UdpReceiverConfig config() {
        return config;
    }

    @Override
    String stopped() {
        UdpStats stats = stats();
        return "stopped listening on " + url() + " after " + stats.datagrams() + " datagrams ("
                + stats.truncated() + " truncated)";
    }

    /** A multicast option the user chose cannot work; the message says why. */
    private static final class MulticastSetupException extends RuntimeException {
        MulticastSetupException(String message) {
            super(message);
        }
    }
}

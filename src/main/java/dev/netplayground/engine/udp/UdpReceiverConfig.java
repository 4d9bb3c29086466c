package dev.netplayground.engine.udp;

import dev.netplayground.engine.core.Ports;
import dev.netplayground.engine.reply.ReplyRule;
import java.util.List;

/**
 * How to run a UDP receiver.
 *
 * @param bindAddress        address to listen on; 127.0.0.1 unless the user picks another
 * @param port               port, 0 for a free one
 * @param bufferBytes        receive buffer: a longer datagram is cut to this and reported
 * @param echo               whether each datagram is sent back to its source
 * @param multicastGroup     an IPv4 group to join, or null
 * @param multicastInterface the interface to join it on (name, e.g. {@code eth0}), or null for the default
 * @param replyRules         checked in order against each datagram: the first that matches answers it (and it is
 *                           not echoed)
 */
public record UdpReceiverConfig(String bindAddress, int port, int bufferBytes, boolean echo, String multicastGroup,
        String multicastInterface, List<ReplyRule> replyRules) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    /** The Ethernet MTU: the largest datagram that crosses a typical LAN without fragmenting. */
    public static final int DEFAULT_BUFFER_BYTES = 1500;

    public UdpReceiverConfig {
        Ports.requireListenPort(port);
        if (bufferBytes < 1 || bufferBytes > UdpLimits.MAX_DATAGRAM_BYTES) {
            throw new IllegalArgumentException("Buffer must be from 1 to " + UdpLimits.MAX_DATAGRAM_BYTES
                    + " bytes, not " + bufferBytes + ".");
        }
        multicastGroup = blankToNull(multicastGroup);
        multicastInterface = blankToNull(multicastInterface);
        replyRules = List.copyOf(replyRules);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public static UdpReceiverConfig defaults(int port) {
        return new UdpReceiverConfig(DEFAULT_BIND, port, DEFAULT_BUFFER_BYTES, false, null, null, List.of());
    }

    public UdpReceiverConfig withEcho(boolean echo) {
        return new UdpReceiverConfig(bindAddress, port, bufferBytes, echo, multicastGroup, multicastInterface,
                replyRules);
    }

    public UdpReceiverConfig withBindAddress(String bindAddress) {
        return new UdpReceiverConfig(bindAddress, port, bufferBytes, echo, multicastGroup, multicastInterface,
                replyRules);
    }

    public UdpReceiverConfig withMulticast(String group, String networkInterface) {
        return new UdpReceiverConfig(bindAddress, port, bufferBytes, echo, group, networkInterface, replyRules);
    }

    public UdpReceiverConfig withReplyRules(List<ReplyRule> replyRules) {
        return new UdpReceiverConfig(bindAddress, port, bufferBytes, echo, multicastGroup, multicastInterface,
                replyRules);
    }
}

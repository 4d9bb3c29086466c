package dev.netplayground.ui.common;

import java.net.InetSocketAddress;
import java.util.function.BiFunction;

/** A client's "Through proxy" switch: where it really connects or sends when the switch is on. */
public final class ProxyRoute {
    public static final String LABEL = "Through proxy";
    public static final String TOOLTIP = "Go through the running proxy of the Conditions tab (Ctrl+8) whose target "
            + "is this host and port, so that its conditions (latency, loss...) apply.";

    private ProxyRoute() {}

    /**
     * {@code host:port} itself when {@code through} is off; else where the running proxy that
     * relays there listens. Throws, saying what to do, when no proxy relays there.
     *
     * @param proxyTo finds a running proxy's address by its target, or null
     */
    public static InetSocketAddress via(boolean through, String protocol, String host, int port,
            BiFunction<String, Integer, InetSocketAddress> proxyTo) {
        if (!through) {
            return InetSocketAddress.createUnresolved(host, port);
        }
        InetSocketAddress proxy = proxyTo.apply(host, port);
        if (proxy == null) {
            throw new IllegalArgumentException("No " + protocol + " proxy relays to " + host + ":" + port
                    + ": start one in the Conditions tab (Ctrl+8) with that target, or turn Through proxy off.");
        }
        return InetSocketAddress.createUnresolved(proxy.getAddress().getHostAddress(), proxy.getPort());
    }
}

package dev.netplayground.engine.core;

import java.net.InetSocketAddress;
import java.net.SocketAddress;

/** How addresses are written in the log: {@code 127.0.0.1:5000}, {@code [::1]:5000}. */
public final class Addresses {
    private Addresses() {}

    public static String format(SocketAddress address) {
        if (!(address instanceof InetSocketAddress inet)) {
            return String.valueOf(address);
        }
        String host = inet.getAddress() == null ? inet.getHostString() : inet.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + inet.getPort();
    }
}

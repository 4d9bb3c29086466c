package dev.netplayground.engine.core;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.util.Locale;

/**
 * How addresses are written in the log, status lines and URLs: {@code 127.0.0.1:5000},
 * {@code [::1]:5000}, {@code [fe80::1%eth0]:5000}. IPv6 in the short form of RFC 5952.
 */
public final class Addresses {
    private static final int GROUPS = 8;

    private Addresses() {}

    public static String format(SocketAddress address) {
        if (!(address instanceof InetSocketAddress inet)) {
            return String.valueOf(address);
        }
        String host = inet.getAddress() == null ? inet.getHostString() : host(inet.getAddress());
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + inet.getPort();
    }

    /** {@code host:port} as typed, in brackets when the host is an IPv6 literal: {@code [::1]:5000}. */
    public static String hostPort(String host, int port) {
        return (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }

    /** The address alone: dotted IPv4, or short IPv6 with its scope ({@code fe80::1%eth0}). */
    public static String host(InetAddress address) {
        if (!(address instanceof Inet6Address v6)) {
            return address.getHostAddress();
        }
        return shortIpv6(v6.getAddress()) + scope(v6);
    }

    private static String scope(Inet6Address address) {
        NetworkInterface scoped = address.getScopedInterface();
        if (scoped != null) {
            return "%" + scoped.getName();
        }
        return address.getScopeId() == 0 ? "" : "%" + address.getScopeId();
    }

    /** RFC 5952: lower-case hex, no leading zeros, the longest run of two or more zero groups as {@code ::}. */
    static String shortIpv6(byte[] bytes) {
        int[] groups = new int[GROUPS];
        for (int i = 0; i < GROUPS; i++) {
            groups[i] = ((bytes[2 * i] & 0xFF) << 8) | (bytes[2 * i + 1] & 0xFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < GROUPS; i++) {
            int length = 0;
            while (i + length < GROUPS && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < GROUPS; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]).toLowerCase(Locale.ROOT));
        }
        return text.toString();
    }
}

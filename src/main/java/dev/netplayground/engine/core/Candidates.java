package dev.netplayground.engine.core;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The addresses a host name resolves to, tried in the resolver's order when connecting, and the
 * words that say which one connected when the name has both IPv6 and IPv4 addresses.
 */
public record Candidates(String host, List<InetAddress> addresses) {
    public static Candidates resolve(String host) throws UnknownHostException {
        return new Candidates(host, Arrays.asList(InetAddress.getAllByName(host)));
    }

    public boolean bothFamilies() {
        return addresses.stream().anyMatch(a -> a instanceof Inet6Address)
                && addresses.stream().anyMatch(a -> a instanceof Inet4Address);
    }

    /**
     * For the connected event: empty unless the name had both families, else e.g.
     * {@code "; localhost is ::1 and 127.0.0.1, connected over IPv4 after [::1]:5000 failed (refused)"}.
     */
    public String whichConnected(InetAddress connected, List<String> failedAttempts) {
        if (!bothFamilies()) {
            return "";
        }
        String all = String.join(" and ", addresses.stream().map(Addresses::host).toList());
        String family = connected instanceof Inet6Address ? "IPv6" : "IPv4";
        String after = failedAttempts.isEmpty() ? "" : " after " + String.join(", ", failedAttempts) + " failed";
        return "; " + host + " is " + all + ", connected over " + family + after;
    }
}

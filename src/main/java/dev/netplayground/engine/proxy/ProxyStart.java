package dev.netplayground.engine.proxy;

import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.event.EventEmitter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** What both proxies share about their target: resolved once before they bind, and matched by address. */
final class ProxyStart {
    private ProxyStart() {}

    /** Whether a proxy relaying to {@code target} (typed as {@code typedHost}) relays to {@code host:port}. */
    static boolean relaysTo(InetSocketAddress target, String typedHost, String host, int port) {
        return target.getPort() == port
                && (typedHost.equals(host) || target.getAddress().getHostAddress().equals(host));
    }

    static InetSocketAddress resolveTarget(ProxyTarget target, EventEmitter events) throws EndpointStartException {
        try {
            return new InetSocketAddress(InetAddress.getByName(target.targetHost()), target.targetPort());
        } catch (UnknownHostException | SecurityException e) {
            throw EndpointStartException.reported(events, "The target host '" + target.targetHost()
                    + "' does not resolve; use a name or address such as 127.0.0.1.", e);
        }
    }
}

package dev.netplayground.engine.proxy;

import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.event.EventEmitter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** What both proxies do before they bind: resolve the target once, or say why not. */
final class ProxyStart {
    private ProxyStart() {}

    static InetSocketAddress resolveTarget(ProxyTarget target, EventEmitter events) throws EndpointStartException {
        try {
            return new InetSocketAddress(InetAddress.getByName(target.targetHost()), target.targetPort());
        } catch (UnknownHostException | SecurityException e) {
            throw EndpointStartException.reported(events, "The target host '" + target.targetHost()
                    + "' does not resolve; use a name or address such as 127.0.0.1.", e);
        }
    }
}

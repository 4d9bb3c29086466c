package dev.netplayground.engine.proxy;

/**
 * Where a proxy listens and where it relays to.
 *
 * @param bindAddress address to listen on, e.g. {@code 127.0.0.1}
 * @param port        port to listen on; 0 picks a free one
 * @param targetHost  host relayed to
 * @param targetPort  port relayed to
 */
public record ProxyTarget(String bindAddress, int port, String targetHost, int targetPort) {
    public ProxyTarget {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("The listening port is from 0 to 65535: " + port + ".");
        }
        if (targetPort < 1 || targetPort > 65535) {
            throw new IllegalArgumentException("The target port is from 1 to 65535: " + targetPort + ".");
        }
        if (targetHost == null || targetHost.isBlank()) {
            throw new IllegalArgumentException("The target needs a host, e.g. 127.0.0.1.");
        }
    }
}

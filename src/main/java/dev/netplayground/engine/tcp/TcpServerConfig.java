package dev.netplayground.engine.tcp;

import dev.netplayground.engine.codec.LineFramer;

/**
 * How to run a TCP server.
 *
 * @param bindAddress    address to listen on; 127.0.0.1 unless the user picks another
 * @param port           port, 0 for a free one
 * @param model          concurrency model
 * @param echo           whether each received line is sent back
 * @param maxLineBytes   longest line delivered whole; longer ones arrive in pieces and are reported
 * @param maxConnections connections held at once; more are refused and reported
 */
public record TcpServerConfig(
        String bindAddress, int port, ConcurrencyModel model, boolean echo, int maxLineBytes, int maxConnections) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_MAX_CONNECTIONS = 10_000;

    public TcpServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port must be between 0 and 65535, not " + port + ".");
        }
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("Maximum line length must be at least 1 byte.");
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("Maximum connections must be at least 1.");
        }
    }

    public static TcpServerConfig defaults(int port, ConcurrencyModel model) {
        return new TcpServerConfig(DEFAULT_BIND, port, model, false, LineFramer.DEFAULT_MAX_LINE_BYTES,
                DEFAULT_MAX_CONNECTIONS);
    }

    public TcpServerConfig withEcho(boolean echo) {
        return new TcpServerConfig(bindAddress, port, model, echo, maxLineBytes, maxConnections);
    }

    public TcpServerConfig withBindAddress(String bindAddress) {
        return new TcpServerConfig(bindAddress, port, model, echo, maxLineBytes, maxConnections);
    }

    public TcpServerConfig withLimits(int maxLineBytes, int maxConnections) {
        return new TcpServerConfig(bindAddress, port, model, echo, maxLineBytes, maxConnections);
    }
}

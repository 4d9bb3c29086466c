package dev.netplayground.engine.http;

import dev.netplayground.engine.core.Ports;
import java.time.Duration;

/**
 * How to run the embedded {@code Data} server.
 *
 * @param bindAddress    address to listen on; 127.0.0.1 unless the user picks another
 * @param port           port, 0 for a free one
 * @param maxBodyBytes   bodies larger than this are refused with 413
 * @param idleTimeout    a connection with nothing happening for this long is closed
 * @param headTimeout    a request head must arrive whole within this time of its first byte, however
 *                       slowly it trickles; else the answer is 408 and the connection is closed
 * @param maxConnections connections held at once; more are answered 503, closed and reported
 */
public record DataServerConfig(String bindAddress, int port, int maxBodyBytes, Duration idleTimeout,
        Duration headTimeout, int maxConnections) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_HEAD_TIMEOUT = Duration.ofSeconds(20);
    public static final int DEFAULT_MAX_CONNECTIONS = 10_000;

    public DataServerConfig {
        Ports.requireListenPort(port);
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("The body limit must be at least 1 byte.");
        }
        if (idleTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("The idle timeout must be at least 1 ms.");
        }
        if (headTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("The request head timeout must be at least 1 ms.");
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("Maximum connections must be at least 1.");
        }
    }

    /** With the default timeouts and connection limit. */
    public DataServerConfig(String bindAddress, int port, int maxBodyBytes) {
        this(bindAddress, port, maxBodyBytes, DEFAULT_IDLE_TIMEOUT, DEFAULT_HEAD_TIMEOUT, DEFAULT_MAX_CONNECTIONS);
    }

    public static DataServerConfig defaults(int port) {
        return new DataServerConfig(DEFAULT_BIND, port, DEFAULT_MAX_BODY_BYTES);
    }

    public DataServerConfig withMaxBodyBytes(int maxBodyBytes) {
        return new DataServerConfig(bindAddress, port, maxBodyBytes, idleTimeout, headTimeout, maxConnections);
    }

    public DataServerConfig withIdleTimeout(Duration idleTimeout) {
        return new DataServerConfig(bindAddress, port, maxBodyBytes, idleTimeout, headTimeout, maxConnections);
    }

    public DataServerConfig withHeadTimeout(Duration headTimeout) {
        return new DataServerConfig(bindAddress, port, maxBodyBytes, idleTimeout, headTimeout, maxConnections);
    }

    public DataServerConfig withMaxConnections(int maxConnections) {
        return new DataServerConfig(bindAddress, port, maxBodyBytes, idleTimeout, headTimeout, maxConnections);
    }
}

package dev.netplayground.engine.load;

import dev.netplayground.engine.core.Addresses;
import dev.netplayground.engine.core.Ports;
import java.time.Duration;

/**
 * A TCP echo workload.
 *
 * @param host           server host
 * @param port           server port
 * @param clients        concurrent connections, 1 to 10,000
 * @param duration       how long each client sends
 * @param messageBytes   bytes per message, newline included (at least 1)
 * @param ratePerClient  messages per second per client; 0 sends the next as soon as the echo is back
 * @param connectTimeout how long a connection may take, and how long an echo may take before it counts as an error
 */
public record LoadConfig(String host, int port, int clients, Duration duration, int messageBytes, double ratePerClient,
        Duration connectTimeout) {
    public static final int MAX_CLIENTS = 10_000;
    public static final int MAX_MESSAGE_BYTES = 1024 * 1024;

    public LoadConfig {
        if (clients < 1 || clients > MAX_CLIENTS) {
            throw new IllegalArgumentException("Clients must be from 1 to " + MAX_CLIENTS + ", not " + clients + ".");
        }
        Ports.requireTargetPort(port);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("The duration must be positive.");
        }
        if (messageBytes < 1 || messageBytes > MAX_MESSAGE_BYTES) {
            throw new IllegalArgumentException("Message size must be from 1 byte to 1 MiB, not " + messageBytes + ".");
        }
        if (ratePerClient < 0) {
            throw new IllegalArgumentException("The rate cannot be negative.");
        }
    }

    /** The talk-sized default: 32-byte lines, as fast as echoes come back, 5 s connect timeout. */
    public static LoadConfig of(String host, int port, int clients, Duration duration) {
        return new LoadConfig(host, port, clients, duration, 32, 0, Duration.ofSeconds(5));
    }

    /** {@code host:port}, in brackets for an IPv6 host. */
    public String target() {
        return Addresses.hostPort(host, port);
    }
}

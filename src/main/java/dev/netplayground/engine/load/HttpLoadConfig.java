package dev.netplayground.engine.load;

import dev.netplayground.engine.core.Ports;
import java.time.Duration;
import java.util.List;

/**
 * An HTTP/1.1 workload over keep-alive connections.
 *
 * @param host        server host
 * @param port        server port
 * @param method      request method, such as GET
 * @param target      request target: path and query, such as /data?x=1
 * @param headers     extra header lines, each "Name: value"
 * @param body        request body, sent with a Content-Length (empty: none)
 * @param connections concurrent connections, 1 to 10,000
 * @param duration    how long to send requests
 * @param ratePerSecond requests per second over all connections; 0 sends each connection's next request as soon as
 *                    its response is in (closed loop)
 * @param timeout     how long a connection or a response may take before it counts as an error
 */
public record HttpLoadConfig(String host, int port, String method, String target, List<String> headers, byte[] body,
        int connections, Duration duration, double ratePerSecond, Duration timeout) {

    public HttpLoadConfig {
        if (connections < 1 || connections > LoadConfig.MAX_CLIENTS) {
            throw new IllegalArgumentException("Connections must be from 1 to " + LoadConfig.MAX_CLIENTS
                    + ", not " + connections + ".");
        }
        Ports.requireTargetPort(port);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("The duration must be positive.");
        }
        if (ratePerSecond < 0) {
            throw new IllegalArgumentException("The rate cannot be negative.");
        }
        headers = List.copyOf(headers);
        body = body.clone();
    }

    /** host:port as it goes in the Host header. */
    public String authority() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}

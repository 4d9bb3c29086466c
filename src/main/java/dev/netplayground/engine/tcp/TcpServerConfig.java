package dev.netplayground.engine.tcp;

import dev.netplayground.engine.codec.Framing;
import dev.netplayground.engine.core.Ports;
import dev.netplayground.engine.reply.ReplyRule;
import java.util.List;

/**
 * How to run a TCP server.
 *
 * @param bindAddress     address to listen on; 127.0.0.1 unless the user picks another
 * @param port            port, 0 for a free one
 * @param model           concurrency model
 * @param echo            whether each received message is sent back as it came (header or delimiter included)
 * @param framing         how each connection's stream is cut into messages
 * @param maxMessageBytes longest payload taken (not counting a header, delimiter or line ending): longer
 *                        lines arrive in pieces and are reported; other framings close the connection
 * @param maxConnections  connections held at once; more are refused and reported
 * @param replyRules      checked in order against each whole message: the first that matches answers it (and
 *                        it is not echoed)
 */
public record TcpServerConfig(String bindAddress, int port, ConcurrencyModel model, boolean echo, Framing framing,
        int maxMessageBytes, int maxConnections, List<ReplyRule> replyRules) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_MAX_CONNECTIONS = 10_000;

    public TcpServerConfig {
        Ports.requireListenPort(port);
        framing.checkMaxMessage(maxMessageBytes);
        if (maxConnections < 1) {
            throw new IllegalArgumentException("Maximum connections must be at least 1.");
        }
        replyRules = List.copyOf(replyRules);
    }

    public static TcpServerConfig defaults(int port, ConcurrencyModel model) {
        return new TcpServerConfig(DEFAULT_BIND, port, model, false, Framing.LINE, Framing.DEFAULT_MAX_MESSAGE_BYTES,
                DEFAULT_MAX_CONNECTIONS, List.of());
    }

    public TcpServerConfig withEcho(boolean echo) {
        return new TcpServerConfig(bindAddress, port, model, echo, framing, maxMessageBytes, maxConnections,
                replyRules);
    }

    public TcpServerConfig withBindAddress(String bindAddress) {
        return new TcpServerConfig(bindAddress, port, model, echo, framing, maxMessageBytes, maxConnections,
                replyRules);
    }

    public TcpServerConfig withFraming(Framing framing, int maxMessageBytes) {
        return new TcpServerConfig(bindAddress, port, model, echo, framing, maxMessageBytes, maxConnections,
                replyRules);
    }

    public TcpServerConfig withReplyRules(List<ReplyRule> replyRules) {
        return new TcpServerConfig(bindAddress, port, model, echo, framing, maxMessageBytes, maxConnections,
                replyRules);
    }

    public TcpServerConfig withLimits(int maxMessageBytes, int maxConnections) {
        return new TcpServerConfig(bindAddress, port, model, echo, framing, maxMessageBytes, maxConnections,
                replyRules);
    }
}

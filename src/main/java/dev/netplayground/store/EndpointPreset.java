package dev.netplayground.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.netplayground.engine.codec.Framing;
import dev.netplayground.engine.http.DataServerConfig;
import dev.netplayground.engine.reply.ReplyRule;
import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.engine.tcp.TcpServerConfig;
import dev.netplayground.engine.udp.UdpReceiverConfig;
import java.util.List;
import java.util.Locale;

/** A server's or client's whole setup, to start it again as it was. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(EndpointPreset.TcpServer.class),
    @JsonSubTypes.Type(EndpointPreset.UdpReceiver.class),
    @JsonSubTypes.Type(EndpointPreset.HttpServer.class),
    @JsonSubTypes.Type(EndpointPreset.TcpClient.class),
    @JsonSubTypes.Type(EndpointPreset.UdpSender.class)
})
public sealed interface EndpointPreset extends SavedItem {
    @Override
    default ItemKind kind() {
        return ItemKind.ENDPOINTS;
    }

    /** No rules are kept as no field at all, so files without rules read and write the same. */
    private static List<ReplyRule> noneAsNull(List<ReplyRule> rules) {
        return rules == null || rules.isEmpty() ? null : List.copyOf(rules);
    }

    private static String rules(List<ReplyRule> rules) {
        return rules == null ? "" : rules.size() == 1 ? " 1 reply rule" : " " + rules.size() + " reply rules";
    }

    /**
     * A TCP server: the engine's {@link TcpServerConfig}. {@code maxLineBytes} is the longest
     * message payload whatever the framing (its name is from before framings); {@code framing} is
     * a spec such as {@code length:2}, absent for lines; {@code replyRules} absent when there are none.
     */
    @JsonTypeName("tcp-server")
    record TcpServer(
            @JsonProperty(required = true) String bindAddress,
            @JsonProperty(required = true) int port,
            @JsonProperty(required = true) ConcurrencyModel model,
            @JsonProperty(required = true) boolean echo,
            @JsonProperty(required = true) int maxLineBytes,
            @JsonProperty(required = true) int maxConnections,
            String framing,
            List<ReplyRule> replyRules) implements EndpointPreset {
        public TcpServer {
            if (model == null) {
                throw new IllegalArgumentException("model must be blocking, virtual or nio.");
            }
            replyRules = noneAsNull(replyRules);
            config(bindAddress, port, model, echo, maxLineBytes, maxConnections, framing, replyRules);
        }

        public TcpServerConfig toConfig() {
            return config(bindAddress, port, model, echo, maxLineBytes, maxConnections, framing, replyRules);
        }

        private static TcpServerConfig config(String bindAddress, int port, ConcurrencyModel model, boolean echo,
                int maxLineBytes, int maxConnections, String framing, List<ReplyRule> replyRules) {
            return new TcpServerConfig(bindAddress, port, model, echo,
                    framing == null ? Framing.LINE : Framing.parse(framing), maxLineBytes, maxConnections,
                    replyRules == null ? List.of() : replyRules);
        }

        @Override
        public String summary() {
            return "tcp-server " + bindAddress + ":" + port + " " + model.name().toLowerCase(Locale.ROOT)
                    + (framing == null ? "" : " " + framing) + (echo ? " echo" : "") + rules(replyRules);
        }
    }

    /** A UDP receiver: the engine's {@link UdpReceiverConfig}; the group and interface may be null. */
    @JsonTypeName("udp-receiver")
    record UdpReceiver(
            @JsonProperty(required = true) String bindAddress,
            @JsonProperty(required = true) int port,
            @JsonProperty(required = true) int bufferBytes,
            @JsonProperty(required = true) boolean echo,
            String multicastGroup,
            String multicastInterface,
            List<ReplyRule> replyRules) implements EndpointPreset {
        public UdpReceiver {
            replyRules = noneAsNull(replyRules);
            toConfig(bindAddress, port, bufferBytes, echo, multicastGroup, multicastInterface, replyRules);
        }

        public UdpReceiverConfig toConfig() {
            return toConfig(bindAddress, port, bufferBytes, echo, multicastGroup, multicastInterface, replyRules);
        }

        private static UdpReceiverConfig toConfig(String bindAddress, int port, int bufferBytes, boolean echo,
                String multicastGroup, String multicastInterface, List<ReplyRule> replyRules) {
            return new UdpReceiverConfig(bindAddress, port, bufferBytes, echo, multicastGroup, multicastInterface,
                    replyRules == null ? List.of() : replyRules);
        }

        @Override
        public String summary() {
            return "udp-receiver " + bindAddress + ":" + port + (echo ? " echo" : "")
                    + (multicastGroup == null ? "" : " group " + multicastGroup) + rules(replyRules);
        }
    }

    /** The embedded Data HTTP server. */
    @JsonTypeName("http-server")
    record HttpServer(
            @JsonProperty(required = true) String bindAddress,
            @JsonProperty(required = true) int port,
            @JsonProperty(required = true) int maxBodyBytes) implements EndpointPreset {
        public HttpServer {
            config(bindAddress, port, maxBodyBytes);
        }

        public DataServerConfig toConfig() {
            return config(bindAddress, port, maxBodyBytes);
        }

        private static DataServerConfig config(String bindAddress, int port, int maxBodyBytes) {
            return new DataServerConfig(bindAddress, port, maxBodyBytes);
        }

        @Override
        public String summary() {
            return "http-server " + bindAddress + ":" + port;
        }
    }

    /** A TCP client's target. */
    @JsonTypeName("tcp-client")
    record TcpClient(
            @JsonProperty(required = true) String host,
            @JsonProperty(required = true) int port,
            @JsonProperty(required = true) long connectTimeoutMillis) implements EndpointPreset {
        public TcpClient {
            Hosts.check(host);
            Ports.check(port);
            if (connectTimeoutMillis < 1) {
                throw new IllegalArgumentException("connectTimeoutMillis must be at least 1.");
            }
        }

        @Override
        public String summary() {
            return "tcp-client " + host + ":" + port;
        }
    }

    /** A UDP sender: the local address it sends from, its target, and whether broadcast is allowed. */
    @JsonTypeName("udp-sender")
    record UdpSender(
            @JsonProperty(required = true) String bindAddress,
            @JsonProperty(required = true) String host,
            @JsonProperty(required = true) int port,
            @JsonProperty(required = true) boolean broadcast) implements EndpointPreset {
        public UdpSender {
            Hosts.check(bindAddress);
            Hosts.check(host);
            Ports.check(port);
        }

        @Override
        public String summary() {
            return "udp-sender to " + host + ":" + port + (broadcast ? " broadcast" : "");
        }
    }
}

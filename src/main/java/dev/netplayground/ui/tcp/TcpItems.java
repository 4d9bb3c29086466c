package dev.netplayground.ui.tcp;

import dev.netplayground.engine.codec.Framing;
import dev.netplayground.engine.tcp.TcpServerConfig;
import dev.netplayground.store.EndpointPreset;
import dev.netplayground.store.MessageItem;
import dev.netplayground.store.PayloadEncoding;
import dev.netplayground.store.SavedItem;
import dev.netplayground.store.Transport;
import dev.netplayground.ui.common.InputMode;
import dev.netplayground.ui.common.Inputs;
import dev.netplayground.ui.common.ItemPane;
import dev.netplayground.ui.common.ReplyRulesText;

/**
 * The TCP panes as saved items and back: the client's message (or its target, from a preset) and
 * the server's whole setup. FX thread only.
 */
final class TcpItems {
    private TcpItems() {}

    static ItemPane client(TcpClientViewModel client) {
        return new ItemPane(() -> message(client),
                item -> item instanceof MessageItem m && m.transport() == Transport.TCP
                        || item instanceof EndpointPreset.TcpClient,
                item -> load(client, item));
    }

    static ItemPane server(TcpServerViewModel server) {
        return new ItemPane(() -> preset(server), EndpointPreset.TcpServer.class::isInstance,
                item -> load(server, (EndpointPreset.TcpServer) item));
    }

    /** The message typed in the client, to its host and port, with its line ending. */
    static MessageItem message(TcpClientViewModel client) {
        String host = client.checks().parse(client.hostProperty(), Inputs::host);
        int port = client.checks().parse(client.portProperty(), text -> Inputs.port(text, false));
        String payload = client.messageProperty().get();
        PayloadEncoding encoding = client.inputModeProperty().get().encoding();
        client.checks().parse(client.messageProperty(), encoding::decode);
        return new MessageItem(Transport.TCP, host, port, encoding, payload, client.lineEndingProperty().get(), 1, 0);
    }

    private static void load(TcpClientViewModel client, SavedItem item) {
        boolean locked = client.connectedProperty().get() || client.connectingProperty().get();
        switch (item) {
            case MessageItem message -> {
                if (!locked) {
                    client.hostProperty().set(message.host());
                    client.portProperty().set(String.valueOf(message.port()));
                }
                client.inputModeProperty().set(InputMode.of(message.encoding()));
                client.messageProperty().set(message.payload());
                client.lineEndingProperty().set(message.lineEnding());
            }
            case EndpointPreset.TcpClient preset -> {
                if (locked) {
                    throw new IllegalArgumentException("Disconnect the TCP client first: its target is locked while "
                            + "it is connected.");
                }
                client.hostProperty().set(preset.host());
                client.portProperty().set(String.valueOf(preset.port()));
                client.timeoutMillisProperty().set(String.valueOf(preset.connectTimeoutMillis()));
            }
            default -> throw new IllegalArgumentException("The TCP client does not load a " + item.kind().label()
                    + ".");
        }
    }

    /** The server's form as a preset; a refused field is marked and named, as Start does. */
    static EndpointPreset.TcpServer preset(TcpServerViewModel server) {
        TcpServerConfig config = server.readForm();
        return new EndpointPreset.TcpServer(config.bindAddress(), config.port(), config.model(), config.echo(),
                config.maxMessageBytes(), config.maxConnections(),
                config.framing() instanceof Framing.Line ? null : config.framing().spec(), config.replyRules());
    }

    private static void load(TcpServerViewModel server, EndpointPreset.TcpServer preset) {
        if (server.runningProperty().get() || server.busyProperty().get()) {
            throw new IllegalArgumentException("Stop the TCP server first: its setup is locked while it runs.");
        }
        TcpServerConfig config = preset.toConfig();
        String rules = ReplyRulesText.format(config.replyRules());
        server.bindAddressProperty().set(config.bindAddress());
        server.portProperty().set(String.valueOf(config.port()));
        server.modelProperty().set(config.model());
        server.echoProperty().set(config.echo());
        server.framing().set(config.framing());
        server.maxLineBytesProperty().set(String.valueOf(config.maxMessageBytes()));
        server.maxConnectionsProperty().set(String.valueOf(config.maxConnections()));
        server.replyByRulesProperty().set(!config.replyRules().isEmpty());
        server.replyRulesProperty().set(rules);
    }
}

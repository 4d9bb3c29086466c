package dev.netplayground.ui.tcp;

import dev.netplayground.snippet.Kind;
import dev.netplayground.snippet.SnippetSetup;
import dev.netplayground.ui.common.Inputs;

/**
 * What "Copy as…" writes for this tab's panes: their current setup (a running server's real port,
 * else the port typed). Each throws IllegalArgumentException with the form's sentence when a field
 * holds no value. FX thread only.
 */
final class TcpSnippets {
    private TcpSnippets() {}

    static SnippetSetup of(TcpServerViewModel server) {
        int port = server.runningProperty().get() ? server.boundPortProperty().get()
                : Inputs.port(server.portProperty().get(), true);
        return SnippetSetup.of(Kind.TCP_SERVER).withAddress(server.bindAddressProperty().get().trim(), port)
                .withEcho(server.echoProperty().get());
    }

    static SnippetSetup of(TcpClientViewModel client) {
        return SnippetSetup.of(Kind.TCP_CLIENT)
                .withAddress(Inputs.host(client.hostProperty().get()), Inputs.port(client.portProperty().get(), false))
                .withLineEnding(client.lineEndingProperty().get());
    }
}

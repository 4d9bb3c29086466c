package dev.netplayground.ui.udp;

import dev.netplayground.snippet.Kind;
import dev.netplayground.snippet.SnippetSetup;
import dev.netplayground.ui.common.Inputs;

/**
 * What "Copy as…" writes for this tab's panes: their current setup (a running server's real port,
 * else the port typed). Each throws IllegalArgumentException with the form's sentence when a field
 * holds no value. FX thread only.
 */
final class UdpSnippets {
    private UdpSnippets() {}

    static SnippetSetup of(UdpReceiverViewModel receiver) {
        int port = receiver.runningProperty().get() ? receiver.boundPortProperty().get()
                : Inputs.port(receiver.portProperty().get(), true);
        return SnippetSetup.of(Kind.UDP_RECEIVER).withAddress(receiver.bindAddressProperty().get().trim(), port)
                .withEcho(receiver.echoProperty().get());
    }

    static SnippetSetup of(UdpSenderViewModel sender) {
        return SnippetSetup.of(Kind.UDP_SENDER)
                .withAddress(Inputs.host(sender.hostProperty().get()), Inputs.port(sender.portProperty().get(), false));
    }
}

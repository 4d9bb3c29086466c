package dev.netplayground.ui.tcp;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.snippet.Kind;
import dev.netplayground.ui.common.CopyAsButton;
import dev.netplayground.ui.common.TwoPaneTab;
import dev.netplayground.ui.fx.FxEventPump;
import java.util.concurrent.Executor;
import javafx.scene.Node;

/**
 * The TCP tab: a server on the left, a client on the right. Starting the server fills the
 * client's port. Closing the tab stops both and drops the subscriptions.
 */
public final class TcpTab extends TwoPaneTab {
    private TcpServerViewModel server;
    private TcpClientViewModel client;

    /** The first tab: its panes are built when the window selects it. */
    public TcpTab(Engine engine, FxEventPump pump, Executor fx) {
        super("TCP", "tcpTab", engine, pump, fx);
    }

    @Override
    protected Node build() {
        server = own(new TcpServerViewModel(engine(), fx()));
        client = own(new TcpClientViewModel(engine(), fx()));
        // What traffic changes costs nothing while another tab is shown, and catches up on selection.
        server.showWhile(selectedProperty());
        client.received().showWhile(selectedProperty());
        server.boundPortProperty().addListener((obs, old, port) -> {
            if (port.intValue() > 0 && !client.connectedProperty().get()) {
                client.portProperty().set(String.valueOf(port.intValue()));
            }
        });
        return sideBySide(
                new Side(new TcpServerView(server), TcpItems.server(server),
                        new CopyAsButton("tcpServerCopyAs", Kind.TCP_SERVER, () -> TcpSnippets.of(server))),
                new Side(new TcpClientView(client), TcpItems.client(client),
                        new CopyAsButton("tcpClientCopyAs", Kind.TCP_CLIENT, () -> TcpSnippets.of(client))));
    }

    /** The server's view-model, building the tab if it was never shown (the Guide drives it). FX thread. */
    public TcpServerViewModel server() {
        ensureBuilt();
        return server;
    }

    /** The client's view-model, building the tab if it was never shown (the Guide drives it). FX thread. */
    public TcpClientViewModel client() {
        ensureBuilt();
        return client;
    }
}

package dev.netplayground.ui.tcp;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.snippet.Kind;
import dev.netplayground.ui.common.CopyAsButton;
import dev.netplayground.ui.common.EngineTab;
import dev.netplayground.ui.common.ItemPane;
import dev.netplayground.ui.common.ItemPanes;
import dev.netplayground.ui.fx.FxEventPump;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.Node;

/**
 * The TCP tab: a server on the left, a client on the right. Starting the server fills the
 * client's port. Closing the tab stops both and drops the subscriptions.
 */
public final class TcpTab extends EngineTab implements ItemPanes.Owner {
    private TcpServerViewModel server;
    private TcpClientViewModel client;
    private List<ItemPane> itemPanes;

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
        TcpServerView serverView = new TcpServerView(server);
        TcpClientView clientView = new TcpClientView(client);
        itemPanes = List.of(TcpItems.server(server), TcpItems.client(client));
        ItemPanes.mark(serverView, itemPanes.get(0));
        ItemPanes.mark(clientView, itemPanes.get(1));
        return sideBySide(
                CopyAsButton.over(serverView,
                        new CopyAsButton("tcpServerCopyAs", Kind.TCP_SERVER, () -> TcpSnippets.of(server))),
                CopyAsButton.over(clientView,
                        new CopyAsButton("tcpClientCopyAs", Kind.TCP_CLIENT, () -> TcpSnippets.of(client))));
    }

    @Override
    public List<ItemPane> itemPanes() {
        ensureBuilt();
        return itemPanes;
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

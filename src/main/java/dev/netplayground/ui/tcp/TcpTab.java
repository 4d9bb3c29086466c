package dev.netplayground.ui.tcp;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.ui.common.EngineTab;
import dev.netplayground.ui.fx.FxEventPump;
import java.util.concurrent.Executor;
import javafx.scene.Node;

/**
 * The TCP tab: a server on the left, a client on the right. Starting the server fills the
 * client's port. Closing the tab stops both and drops the subscriptions.
 */
public final class TcpTab extends EngineTab {
    /** The first tab: its panes are built when the window selects it. */
    public TcpTab(Engine engine, FxEventPump pump, Executor fx) {
        super("TCP", "tcpTab", engine, pump, fx);
    }

    @Override
    protected Node build() {
        TcpServerViewModel server = own(new TcpServerViewModel(engine(), fx()));
        TcpClientViewModel client = own(new TcpClientViewModel(engine(), fx()));
        // What traffic changes costs nothing while another tab is shown, and catches up on selection.
        server.showWhile(selectedProperty());
        client.received().showWhile(selectedProperty());
        server.boundPortProperty().addListener((obs, old, port) -> {
            if (port.intValue() > 0 && !client.connectedProperty().get()) {
                client.portProperty().set(String.valueOf(port.intValue()));
            }
        });
        return sideBySide(new TcpServerView(server), new TcpClientView(client));
    }
}

package dev.netplayground.ui.tcp;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.snippet.Kind;
import dev.netplayground.ui.common.CopyAsButton;
import dev.netplayground.ui.fx.FxEventPump;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;

/**
 * The TCP tab: a server on the left, a client on the right. Starting the server fills the
 * client's port. Closing the tab stops both and drops the subscriptions.
 */
public final class TcpTab extends Tab {
    private final FxEventPump pump;
    private final TcpServerViewModel server;
    private final TcpClientViewModel client;
    private final Consumer<List<NetEvent>> consumer;

    public TcpTab(Engine engine, FxEventPump pump, Executor fx) {
        super("TCP");
        setId("tcpTab");
        setClosable(false);
        this.pump = pump;
        this.server = new TcpServerViewModel(engine, fx);
        this.client = new TcpClientViewModel(engine, fx);
        this.consumer = batch -> {
            server.onEvents(batch);
            client.onEvents(batch);
        };
        pump.addConsumer(consumer);
        // What traffic changes costs nothing while another tab is shown, and catches up on selection.
        server.showWhile(selectedProperty());
        client.received().showWhile(selectedProperty());
        server.boundPortProperty().addListener((obs, old, port) -> {
            if (port.intValue() > 0 && !client.connectedProperty().get()) {
                client.portProperty().set(String.valueOf(port.intValue()));
            }
        });
        SplitPane split = new SplitPane(
                CopyAsButton.over(new TcpServerView(server),
                        new CopyAsButton("tcpServerCopyAs", Kind.TCP_SERVER, () -> TcpSnippets.of(server))),
                CopyAsButton.over(new TcpClientView(client),
                        new CopyAsButton("tcpClientCopyAs", Kind.TCP_CLIENT, () -> TcpSnippets.of(client))));
        split.setDividerPositions(0.5);
        setContent(split);
    }

    public TcpServerViewModel server() {
        return server;
    }

    public TcpClientViewModel client() {
        return client;
    }

    /** Stops the server, disconnects the client, unsubscribes. FX thread. */
    public void dispose() {
        pump.removeConsumer(consumer);
        server.dispose();
        client.dispose();
    }
}

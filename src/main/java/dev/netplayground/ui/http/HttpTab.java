package dev.netplayground.ui.http;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.ui.fx.FxEventPump;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;

/** The HTTP tab: the embedded Data server on the left, the OkHttp client on the right. */
public final class HttpTab extends Tab {
    private final FxEventPump pump;
    private final HttpServerViewModel server;
    private final HttpClientViewModel client;
    private final Consumer<List<NetEvent>> consumer;

    public HttpTab(Engine engine, FxEventPump pump, Executor fx) {
        super("HTTP");
        setId("httpTab");
        setClosable(false);
        this.pump = pump;
        this.server = new HttpServerViewModel(engine, fx);
        this.client = new HttpClientViewModel(engine, fx);
        this.consumer = server::onEvents;
        pump.addConsumer(consumer);
        server.urlProperty().addListener((obs, old, url) -> {
            if (!url.isEmpty()) {
                client.target(url);
            }
        });
        SplitPane split = new SplitPane(new HttpServerView(server), new HttpClientView(client));
        split.setDividerPositions(0.5);
        setContent(split);
    }

    /** Stops the server, releases the client, unsubscribes. FX thread. */
    public void dispose() {
        pump.removeConsumer(consumer);
        server.dispose();
        client.dispose();
    }
}

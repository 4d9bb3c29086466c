package dev.netplayground.ui.http;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.snippet.Kind;
import dev.netplayground.ui.common.CopyAsButton;
import dev.netplayground.ui.common.LazyTab;
import dev.netplayground.ui.fx.FxEventPump;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/** The HTTP tab: the embedded Data server on the left, the OkHttp client on the right. */
public final class HttpTab extends LazyTab {
    private final Engine engine;
    private final Executor fx;
    private HttpServerViewModel server;
    private HttpClientViewModel client;

    /** Light until first shown: the panes (and OkHttp) are set up when the tab is first selected. */
    public HttpTab(Engine engine, FxEventPump pump, Executor fx) {
        super("HTTP", "httpTab", pump);
        this.engine = engine;
        this.fx = fx;
    }

    @Override
    protected Node build() {
        this.server = new HttpServerViewModel(engine, fx);
        this.client = new HttpClientViewModel(engine, fx);
        follow(server::onEvents);
        server.accepted().showWhile(selectedProperty());
        server.urlProperty().addListener((obs, old, url) -> {
            if (!url.isEmpty()) {
                client.target(url);
            }
        });
        SplitPane split = new SplitPane(
                CopyAsButton.over(new HttpServerView(server),
                        new CopyAsButton("httpServerCopyAs", Kind.HTTP_SERVER, () -> HttpSnippets.of(server))),
                CopyAsButton.over(new HttpClientView(client),
                        new CopyAsButton("httpClientCopyAs", Kind.HTTP_POST, () -> HttpSnippets.of(client))));
        split.setDividerPositions(0.5);
        return split;
    }

    /** The server's view-model, building the tab if it was never shown. FX thread. */
    public HttpServerViewModel server() {
        ensureBuilt();
        return server;
    }

    /** The client's view-model, building the tab if it was never shown. FX thread. */
    public HttpClientViewModel client() {
        ensureBuilt();
        return client;
    }

    /** Stops the server, releases the client. */
    @Override
    protected void disposeBuilt() {
        server.dispose();
        client.dispose();
    }
}

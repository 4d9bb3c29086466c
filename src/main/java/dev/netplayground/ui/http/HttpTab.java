package dev.netplayground.ui.http;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.ui.common.EngineTab;
import dev.netplayground.ui.fx.FxEventPump;
import java.util.concurrent.Executor;
import javafx.scene.Node;

/** The HTTP tab: the embedded Data server on the left, the OkHttp client on the right. */
public final class HttpTab extends EngineTab {
    /** Light until first shown: the panes (and OkHttp) are set up when the tab is first selected. */
    public HttpTab(Engine engine, FxEventPump pump, Executor fx) {
        super("HTTP", "httpTab", engine, pump, fx);
    }

    @Override
    protected Node build() {
        HttpServerViewModel server = own(new HttpServerViewModel(engine(), fx()));
        HttpClientViewModel client = own(new HttpClientViewModel(engine(), fx()));
        server.accepted().showWhile(selectedProperty());
        server.urlProperty().addListener((obs, old, url) -> {
            if (!url.isEmpty()) {
                client.target(url);
            }
        });
        return sideBySide(new HttpServerView(server), new HttpClientView(client));
    }
}

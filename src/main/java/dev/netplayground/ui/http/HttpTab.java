package dev.netplayground.ui.http;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.snippet.Kind;
import dev.netplayground.store.Session;
import dev.netplayground.ui.common.CopyAsButton;
import dev.netplayground.ui.common.TwoPaneTab;
import dev.netplayground.ui.fx.FxEventPump;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;

/** The HTTP tab: the embedded Data server on the left, the OkHttp client on the right. */
public final class HttpTab extends TwoPaneTab {
    private HttpServerViewModel server;
    private HttpClientViewModel client;
    private List<Session.HttpHistoryEntry> savedHistory = List.of();
    private Runnable historyChanged = () -> { };

    /** Light until first shown: the panes (and OkHttp) are set up when the tab is first selected. */
    public HttpTab(Engine engine, FxEventPump pump, Executor fx) {
        super("HTTP", "httpTab", engine, pump, fx);
    }

    @Override
    protected Node build() {
        server = own(new HttpServerViewModel(engine(), fx()));
        client = own(new HttpClientViewModel(engine(), fx()));
        client.restoreHistory(savedHistory);
        client.history().addListener((ListChangeListener<HttpClientViewModel.HistoryEntry>) change ->
                historyChanged.run());
        server.accepted().showWhile(selectedProperty());
        server.urlProperty().addListener((obs, old, url) -> {
            if (!url.isEmpty()) {
                client.target(url);
            }
        });
        return sideBySide(
                new Side(new HttpServerView(server), HttpItems.server(server),
                        new CopyAsButton("httpServerCopyAs", Kind.HTTP_SERVER, () -> HttpSnippets.of(server))),
                new Side(new HttpClientView(client), HttpItems.client(client),
                        new CopyAsButton("httpClientCopyAs", Kind.HTTP_POST, () -> HttpSnippets.of(client))));
    }

    /**
     * Gives the client this history (oldest first) when it is built, and calls {@code onChange}
     * whenever its history changes. FX thread, before the tab is first shown.
     */
    public void restoreHistory(List<Session.HttpHistoryEntry> history, Runnable onChange) {
        savedHistory = history;
        historyChanged = onChange;
    }

    /** The history as the session keeps it: the client's once built, else what was restored. FX thread. */
    public List<Session.HttpHistoryEntry> sessionHistory() {
        return client == null ? savedHistory : client.sessionHistory();
    }

    /** The server's view-model, building the tab if it was never shown (the Guide drives it). FX thread. */
    public HttpServerViewModel server() {
        ensureBuilt();
        return server;
    }

    /** The client's view-model, building the tab if it was never shown (the Guide drives it). FX thread. */
    public HttpClientViewModel client() {
        ensureBuilt();
        return client;
    }
}

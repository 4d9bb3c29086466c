package dev.netplayground.ui.tcp;

import dev.netplayground.engine.codec.Framing;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.engine.tcp.ConnectionInfo;
import dev.netplayground.engine.tcp.MessageHandler;
import dev.netplayground.engine.tcp.TcpServer;
import dev.netplayground.engine.tcp.TcpServerConfig;
import dev.netplayground.engine.tcp.TcpServerStats;
import dev.netplayground.ui.common.EndpointLifecycle;
import dev.netplayground.ui.common.FramingChoice;
import dev.netplayground.ui.common.InputMode;
import dev.netplayground.ui.common.Inputs;
import dev.netplayground.ui.common.ModelNames;
import dev.netplayground.ui.common.Plural;
import dev.netplayground.ui.common.RateMeter;
import dev.netplayground.ui.common.ReplyRulesText;
import dev.netplayground.ui.common.ServerPaneModel;
import dev.netplayground.ui.common.ServerTlsState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the TCP server pane. FX thread only; binding and closing run on the
 * engine's task executor, and results come back through the FX executor.
 */
public final class TcpServerViewModel implements ServerPaneModel {
    private final Engine engine;
    private final Executor fx;
    private final StringProperty bindAddress = new SimpleStringProperty(TcpServerConfig.DEFAULT_BIND);
    private final StringProperty port = new SimpleStringProperty("0");
    private final ObjectProperty<ConcurrencyModel> model = new SimpleObjectProperty<>(ConcurrencyModel.VIRTUAL);
    private final BooleanProperty echo = new SimpleBooleanProperty(true);
    private final ServerTlsState tls = new ServerTlsState();
    private final StringProperty maxLineBytes = new SimpleStringProperty("65536");
    private final StringProperty maxConnections =
            new SimpleStringProperty("" + TcpServerConfig.DEFAULT_MAX_CONNECTIONS);
    private final FramingChoice framing = new FramingChoice();
    private final BooleanProperty replyByRules = new SimpleBooleanProperty();
    private final StringProperty replyRules = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<InputMode> inputMode = new SimpleObjectProperty<>(InputMode.TEXT);
    private final ObjectProperty<ConnectionRow> selected = new SimpleObjectProperty<>();
    private final EndpointLifecycle<TcpServer> lifecycle;
    private final ReadOnlyIntegerWrapper boundPort = new ReadOnlyIntegerWrapper();
    private final ObservableList<ConnectionRow> connections = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper counters = new ReadOnlyStringWrapper("");
    private final RateMeter rate = new RateMeter();
    private boolean shown = true;

    public TcpServerViewModel(Engine engine, Executor fx) {
        this.engine = engine;
        this.fx = fx;
        this.lifecycle = new EndpointLifecycle<>(engine, fx);
    }

    /** Validates the form and starts the server in the background. */
    @Override
    public void start() {
        ServerTlsState.Choice serving = tls.starting();
        lifecycle.start(this::readForm, config -> engine.startTcpServer(config,
                serving.serverFor(config.bindAddress()), MessageHandler.NONE), started -> {
            boundPort.set(started.localAddress().getPort());
            tls.started(started.tls());
            rate.reset();
            counters.set(countersText(started.stats(), 0, 0));
            lifecycle.setStatus("Listening on " + started.url() + " · " + ModelNames.name(started.config().model()));
        });
    }

    /** The form as a config; a refused value marks its field and throws, saying why. */
    TcpServerConfig readForm() {
        return new TcpServerConfig(bindAddress.get().trim(), checks().parse(port, text -> Inputs.port(text, true)),
                model.get(), echo.get(), framing.read(checks()),
                checks().parse(maxLineBytes,
                        text -> Inputs.intInRange(text, "Maximum message size", 1, 64 * 1024 * 1024)),
                checks().parse(maxConnections, text -> Inputs.intInRange(text, "Maximum connections", 1, 1_000_000)),
                replyByRules.get() ? checks().parse(replyRules, ReplyRulesText::parse) : List.of());
    }

    /** Whether the server speaks TLS (with the app's own certificate). */
    public BooleanProperty tlsProperty() {
        return tls.onProperty();
    }

    /** The served certificate's facts while a TLS server runs, else empty. */
    public ReadOnlyStringProperty certificateProperty() {
        return tls.certificateProperty();
    }

    /** Writes the running server's certificate as PEM to {@code target}; see {@link ServerTlsState#export}. */
    public void exportPem(Path target) {
        tls.export(target, engine.tasks(), fx, lifecycle::setError);
    }

    /** Where the certificate was last exported, or empty. */
    public ReadOnlyStringProperty exportedProperty() {
        return tls.exportedProperty();
    }

    /** Stops the server (closing its connections) in the background; the certificate shown goes with it. */
    @Override
    public void stop() {
        lifecycle.stop(() -> {
            connections.clear();
            tls.stopped();
        });
    }

    @Override
    public EndpointLifecycle<TcpServer> lifecycle() {
        return lifecycle;
    }

    /**
     * Sends the typed message to the selected connection: as typed with line framing (no line
     * ending added), else framed as the server's framing says (with its length header or delimiter).
     */
    public void sendToSelected() {
        ConnectionRow target = selected.get();
        TcpServer server = lifecycle.endpoint();
        if (server == null || target == null) {
            lifecycle.setError("Select a connection in the list first.");
            return;
        }
        try {
            byte[] bytes = checks().parse(message, text -> inputMode.get().parse(text));
            boolean sent = server.config().framing() instanceof Framing.Line
                    ? server.send(target.id(), bytes) : server.sendMessage(target.id(), bytes);
            lifecycle.setError(sent ? "" : "That connection has closed.");
        } catch (IllegalArgumentException e) {
            lifecycle.setError(e.getMessage());
        }
    }

    public void closeSelected() {
        ConnectionRow target = selected.get();
        TcpServer server = lifecycle.endpoint();
        if (server != null && target != null) {
            server.closeConnection(target.id());
        }
    }

    /**
     * FX thread, once per pulse: refreshes the connection list when this server logged something, and on
     * heartbeats.
     */
    @Override
    public void onEvents(List<NetEvent> batch) {
        TcpServer current = lifecycle.endpoint();
        if (current == null) {
            return;
        }
        boolean mine = false;
        for (NetEvent event : batch) {
            if (event.endpoint().equals(current.id())) {
                mine = true;
                if (event.kind() == EventKind.FAILED && event.peer().isEmpty()) {
                    lifecycle.setError(event.message());
                }
            }
        }
        // An empty batch is the pump's heartbeat: counters may have moved since the last event.
        if (mine || batch.isEmpty()) {
            if (shown) {
                refreshConnections(current);
            }
            refreshCounters(current);
        }
    }

    /** Refreshes the connections and counters only while {@code showing}; catches up when it turns true. */
    public void showWhile(ObservableBooleanValue showing) {
        shown = showing.get();
        showing.addListener((obs, was, now) -> {
            shown = now;
            TcpServer current = lifecycle.endpoint();
            if (now && current != null) {
                refreshConnections(current);
            }
        });
    }

    /** Updates rows in place, and removes and adds rows in one change each, however many connections moved. */
    private void refreshConnections(TcpServer current) {
        List<ConnectionInfo> open = current.connections();
        Map<Long, ConnectionInfo> now = new HashMap<>(open.size() * 2);
        open.forEach(info -> now.put(info.id(), info));
        Set<ConnectionRow> gone = new HashSet<>();
        Map<Long, ConnectionRow> shown = new HashMap<>(connections.size() * 2);
        for (ConnectionRow row : connections) {
            if (now.containsKey(row.id())) {
                shown.put(row.id(), row);
            } else {
                gone.add(row);
            }
        }
        if (!gone.isEmpty()) {
            connections.removeAll(gone);
        }
        List<ConnectionRow> added = new ArrayList<>();
        for (ConnectionInfo info : open) {
            ConnectionRow row = shown.get(info.id());
            if (row == null) {
                added.add(new ConnectionRow(info));
            } else {
                row.update(info);
            }
        }
        connections.addAll(added);
        if (selected.get() != null && !now.containsKey(selected.get().id())) {
            selected.set(null);
        }
        if (selected.get() == null && !connections.isEmpty()) {
            // With nothing chosen, the oldest connection is the one to talk to.
            selected.set(connections.get(0));
        }
    }

    /** The totals line: one string per pulse, kept current even while the tab is hidden. */
    private void refreshCounters(TcpServer current) {
        TcpServerStats stats = current.stats();
        counters.set(countersText(stats, current.openConnections(), rate.update(stats.messages(), System.nanoTime())));
    }

    private static String countersText(TcpServerStats stats, int open, double messagesPerSecond) {
        return String.format(Locale.ROOT, "%,d open · %,d accepted · %s · %s in · %,.0f messages/s",
                open, stats.accepted(), Plural.of(stats.messages(), "message"), Plural.of(stats.bytesIn(), "byte"),
                messagesPerSecond);
    }

    /** Stops the server when the tab or window closes. Does not wait. */
    @Override
    public void dispose() {
        lifecycle.dispose();
    }

    public StringProperty bindAddressProperty() { return bindAddress; }
    public StringProperty portProperty() { return port; }
    public ObjectProperty<ConcurrencyModel> modelProperty() { return model; }
    public BooleanProperty echoProperty() { return echo; }
    public FramingChoice framing() { return framing; }
    /** Whether the server answers by its reply rules. */
    public BooleanProperty replyByRulesProperty() { return replyByRules; }
    /** Reply rules, one per line: {@code MATCH=>REPLY}; used while {@link #replyByRulesProperty} is on. */
    public StringProperty replyRulesProperty() { return replyRules; }
    public StringProperty maxLineBytesProperty() { return maxLineBytes; }
    public StringProperty maxConnectionsProperty() { return maxConnections; }
    public StringProperty messageProperty() { return message; }
    public ObjectProperty<InputMode> inputModeProperty() { return inputMode; }
    public ObjectProperty<ConnectionRow> selectedProperty() { return selected; }
    /** The port actually bound while running (the real one when 0 was asked). */
    public ReadOnlyIntegerProperty boundPortProperty() { return boundPort.getReadOnlyProperty(); }
    public ObservableList<ConnectionRow> connections() { return connections; }
    /** Totals since the server started: connections open and accepted, lines and bytes received, lines per second. */
    public ReadOnlyStringProperty countersProperty() { return counters.getReadOnlyProperty(); }
}

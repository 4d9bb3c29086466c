package dev.netplayground.ui.http;

import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.engine.http.Data;
import dev.netplayground.engine.http.DataServer;
import dev.netplayground.engine.http.DataServerConfig;
import dev.netplayground.ui.common.Inputs;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the embedded HTTP server pane. FX thread only; the server hands
 * accepted values to a queue on its threads, drained here once per pulse.
 */
public final class HttpServerViewModel {
    static final int MAX_ROWS = 5_000;

    /** One accepted value as the table shows it. */
    public record AcceptedRow(Instant time, String data) {}

    private final Engine engine;
    private final Executor fx;
    private final StringProperty bindAddress = new SimpleStringProperty(DataServerConfig.DEFAULT_BIND);
    private final StringProperty port = new SimpleStringProperty("0");
    private final StringProperty maxBody = new SimpleStringProperty("" + DataServerConfig.DEFAULT_MAX_BODY_BYTES);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Stopped");
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ObservableList<AcceptedRow> accepted = FXCollections.observableArrayList();
    private final Queue<AcceptedRow> arrived = new ConcurrentLinkedQueue<>();
    private long answered;
    private long rejected;
    private DataServer server;

    public HttpServerViewModel(Engine engine, Executor fx) {
        this.engine = engine;
        this.fx = fx;
    }

    public void start() {
        if (running.get() || busy.get()) {
            return;
        }
        DataServerConfig config;
        try {
            config = new DataServerConfig(bindAddress.get().trim(), Inputs.port(port.get(), true),
                    Inputs.intInRange(maxBody.get(), "Body limit (bytes)", 1, 1024 * 1024 * 1024));
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        error.set("");
        busy.set(true);
        status.set("Starting…");
        engine.tasks().execute(() -> {
            try {
                DataServer started = engine.startDataServer(config, this::onAccepted);
                fx.execute(() -> onStarted(started));
            } catch (EndpointStartException e) {
                fx.execute(() -> {
                    busy.set(false);
                    status.set("Stopped");
                    error.set(e.getMessage());
                });
            }
        });
    }

    /** Server threads: only enqueue. */
    private void onAccepted(Data data) {
        arrived.add(new AcceptedRow(Instant.now(), data.toString()));
    }

    private void onStarted(DataServer started) {
        server = started;
        busy.set(false);
        running.set(true);
        answered = 0;
        rejected = 0;
        url.set(started.dataUrl());
        status.set("Listening on " + started.url());
        counts.set("");
    }

    public void stop() {
        DataServer current = server;
        if (current == null || busy.get()) {
            return;
        }
        busy.set(true);
        engine.tasks().execute(() -> {
            engine.release(current);
            fx.execute(() -> {
                server = null;
                busy.set(false);
                running.set(false);
                url.set("");
                status.set("Stopped");
            });
        });
    }

    /** FX thread, once per pulse: accepted values into the table, answers counted. */
    public void onEvents(List<NetEvent> batch) {
        AcceptedRow row;
        while ((row = arrived.poll()) != null) {
            accepted.add(row);
        }
        if (accepted.size() > MAX_ROWS) {
            accepted.remove(0, accepted.size() - MAX_ROWS);
        }
        DataServer current = server;
        if (current == null) {
            return;
        }
        boolean changed = false;
        for (NetEvent event : batch) {
            if (event.endpoint().equals(current.id())) {
                if (event.kind() == EventKind.RECEIVED) {
                    answered++;
                    changed = true;
                } else if (event.kind() == EventKind.REJECTED) {
                    rejected++;
                    changed = true;
                }
            }
        }
        if (changed) {
            counts.set(answered + " accepted · " + rejected + " refused with 4xx");
        }
    }

    public void dispose() {
        DataServer current = server;
        if (current != null) {
            engine.tasks().execute(() -> engine.release(current));
        }
    }

    public StringProperty bindAddressProperty() { return bindAddress; }
    public StringProperty portProperty() { return port; }
    public StringProperty maxBodyProperty() { return maxBody; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** The URL to POST to while running ({@code http://HOST:PORT/data}), else empty. */
    public ReadOnlyStringProperty urlProperty() { return url.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty countsProperty() { return counts.getReadOnlyProperty(); }
    public ObservableList<AcceptedRow> accepted() { return accepted; }
}

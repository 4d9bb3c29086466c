package dev.netplayground.ui.http;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.engine.http.Data;
import dev.netplayground.engine.http.DataServer;
import dev.netplayground.engine.http.DataServerConfig;
import dev.netplayground.ui.common.CappedRows;
import dev.netplayground.ui.common.EndpointLifecycle;
import dev.netplayground.ui.common.Inputs;
import dev.netplayground.ui.common.ServerPaneModel;
import dev.netplayground.ui.common.ServerTlsState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State and actions of the embedded HTTP server pane. FX thread only; the server counts
 * accepted values and hands the newest to a bounded queue on its threads, drained here once
 * per pulse.
 */
public final class HttpServerViewModel implements ServerPaneModel {
    static final int MAX_ROWS = 5_000;

    /** One accepted value as the table shows it. */
    public record AcceptedRow(Instant time, String data) {}

    private final Engine engine;
    private final Executor fx;
    private final StringProperty bindAddress = new SimpleStringProperty(DataServerConfig.DEFAULT_BIND);
    private final StringProperty port = new SimpleStringProperty("0");
    private final StringProperty maxBody = new SimpleStringProperty("" + DataServerConfig.DEFAULT_MAX_BODY_BYTES);
    private final ServerTlsState tls = new ServerTlsState();
    private final EndpointLifecycle<DataServer> lifecycle;
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final CappedRows<AcceptedRow> accepted = new CappedRows<>(MAX_ROWS);
    private final Queue<AcceptedRow> arrived = new ConcurrentLinkedQueue<>();
    private final AtomicInteger arrivedCount = new AtomicInteger();
    // Counted on the server's threads: exact, however many rows the table keeps.
    private final AtomicLong answered = new AtomicLong();
    private long rejected;

    public HttpServerViewModel(Engine engine, Executor fx) {
        this.engine = engine;
        this.fx = fx;
        this.lifecycle = new EndpointLifecycle<>(engine, fx);
    }

    @Override
    public void start() {
        ServerTlsState.Choice serving = tls.starting();
        lifecycle.start(this::readForm, config -> engine.startDataServer(config,
                serving.serverFor(config.bindAddress()), this::onAccepted), started -> {
            tls.started(started.tls());
            answered.set(0);
            rejected = 0;
            url.set(started.dataUrl());
            lifecycle.setStatus("Listening on " + started.url());
            counts.set("");
        });
    }

    /** The form as a config; a refused value marks its field and throws, saying why. */
    DataServerConfig readForm() {
        return new DataServerConfig(bindAddress.get().trim(), checks().parse(port, text -> Inputs.port(text, true)),
                checks().parse(maxBody,
                        text -> Inputs.intInRange(text, "Body limit (bytes)", 1, 1024 * 1024 * 1024)));
    }

    /** Server threads: count, and enqueue keeping only the newest rows the table can show. */
    private void onAccepted(Data data) {
        answered.incrementAndGet();
        arrived.add(new AcceptedRow(Instant.now(), data.toString()));
        if (arrivedCount.incrementAndGet() > MAX_ROWS && arrived.poll() != null) {
            arrivedCount.decrementAndGet();
        }
    }

    @Override
    public void stop() {
        lifecycle.stop(() -> {
            url.set("");
            tls.stopped();
        });
    }

    @Override
    public EndpointLifecycle<DataServer> lifecycle() {
        return lifecycle;
    }

    /** FX thread, once per pulse: accepted values into the table, answers counted. */
    @Override
    public void onEvents(List<NetEvent> batch) {
        List<AcceptedRow> rows = new ArrayList<>();
        AcceptedRow row;
        while ((row = arrived.poll()) != null) {
            arrivedCount.decrementAndGet();
            rows.add(row);
        }
        accepted.append(rows);
        DataServer current = lifecycle.endpoint();
        if (current == null) {
            return;
        }
        for (NetEvent event : batch) {
            if (event.kind() == EventKind.REJECTED && event.endpoint().equals(current.id())) {
                rejected++;
            }
        }
        if (answered.get() > 0 || rejected > 0) {
            counts.set(String.format("%,d accepted · %,d refused (4xx or 503)", answered.get(), rejected));
        }
    }

    @Override
    public void dispose() {
        lifecycle.dispose();
    }

    public StringProperty bindAddressProperty() { return bindAddress; }
    public StringProperty portProperty() { return port; }
    public StringProperty maxBodyProperty() { return maxBody; }
    /** Whether the server serves HTTPS (with the app's own certificate). */
    public BooleanProperty tlsProperty() { return tls.onProperty(); }
    /** The served certificate's facts while an HTTPS server runs, else empty. */
    public ReadOnlyStringProperty certificateProperty() { return tls.certificateProperty(); }

    /** Writes the running server's certificate as PEM to {@code target}; see {@link ServerTlsState#export}. */
    public void exportPem(Path target) {
        tls.export(target, engine.tasks(), fx, lifecycle::setError);
    }

    /** Where the certificate was last exported, or empty. */
    public ReadOnlyStringProperty exportedProperty() {
        return tls.exportedProperty();
    }
    /** The URL to POST to while running ({@code http://HOST:PORT/data}, or https), else empty. */
    public ReadOnlyStringProperty urlProperty() { return url.getReadOnlyProperty(); }
    public ReadOnlyStringProperty countsProperty() { return counts.getReadOnlyProperty(); }
    public CappedRows<AcceptedRow> accepted() { return accepted; }
}

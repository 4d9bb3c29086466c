package dev.netplayground.ui.udp;

import dev.netplayground.engine.core.Addresses;
import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.engine.udp.SendRun;
import dev.netplayground.engine.udp.SequenceStamp;
import dev.netplayground.engine.udp.UdpLimits;
import dev.netplayground.engine.udp.UdpSender;
import dev.netplayground.ui.common.CappedRows;
import dev.netplayground.ui.common.DatagramRow;
import dev.netplayground.ui.common.FieldChecks;
import dev.netplayground.ui.common.InputMode;
import dev.netplayground.ui.common.Inputs;
import dev.netplayground.ui.common.PaneModel;
import dev.netplayground.ui.common.ProxyRoute;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State and actions of the UDP sender pane. FX thread only. The socket opens on the first
 * send (an ephemeral port on the local address); repeated sends run in the engine, and their
 * progress is read once per pulse.
 */
public final class UdpSenderViewModel implements PaneModel {
    static final int MAX_ROWS = 5_000;

    private final Engine engine;
    private final Executor fx;
    private final StringProperty host = new SimpleStringProperty("127.0.0.1");
    private final StringProperty port = new SimpleStringProperty("");
    private final BooleanProperty throughProxy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("Hello, UDP!");
    private final ObjectProperty<InputMode> inputMode = new SimpleObjectProperty<>(InputMode.TEXT);
    private final StringProperty count = new SimpleStringProperty("1");
    private final StringProperty intervalMillis = new SimpleStringProperty("100");
    private final BooleanProperty broadcast = new SimpleBooleanProperty();
    private final BooleanProperty sequence = new SimpleBooleanProperty();
    private final StringProperty localAddress = new SimpleStringProperty("0.0.0.0");
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("Source: opens on the first send");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final CappedRows<DatagramRow> replies = new CappedRows<>(MAX_ROWS);
    private final FieldChecks checks = new FieldChecks(error.getReadOnlyProperty(), error::set);
    private final AtomicInteger sentInRun = new AtomicInteger();
    private UdpSender sender;
    private SendRun run;

    public UdpSenderViewModel(Engine engine, Executor fx) {
        this.engine = engine;
        this.fx = fx;
    }

    /** Validates the form, opens the socket if needed, and sends once or repeatedly. */
    public void send() {
        if (sending.get()) {
            return;
        }
        InetSocketAddress route;
        int times;
        int interval;
        byte[] bytes;
        try {
            String target = checks.parse(host, Inputs::host);
            int targetPort = checks.parse(port, text -> Inputs.port(text, false));
            times = checks.parse(count, text -> Inputs.intInRange(text, "Count", 1, 10_000_000));
            interval = checks.parse(intervalMillis, text -> Inputs.intInRange(text, "Interval (ms)", 0, 3_600_000));
            bytes = checks.parse(message, this::payload);
            route = ProxyRoute.via(throughProxy.get(), "UDP", target, targetPort, engine::udpProxyTo);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        error.set("");
        sending.set(true);
        progress.set(0);
        sentInRun.set(0);
        status.set(times == 1 ? "Sending…" : "Sending 0 of " + times + "…");
        String local = localAddress.get().trim();
        boolean allowBroadcast = broadcast.get();
        boolean stamped = sequence.get();
        UdpSender current = sender;
        engine.tasks().execute(() -> {
            try {
                UdpSender open = openIfNeeded(current, UdpSender.localAddressFor(local, route.getHostString()),
                        allowBroadcast);
                SendRun started = open.sendRepeatedly(route.getHostString(), route.getPort(), bytes, times,
                        Duration.ofMillis(interval), stamped, sentInRun::set);
                fx.execute(() -> {
                    sender = open;
                    source.set("Source: " + open.url());
                    run = started;
                });
                started.done().thenAccept(result -> fx.execute(() -> onFinished(result, times)));
            } catch (EndpointStartException | IOException e) {
                fx.execute(() -> {
                    sending.set(false);
                    status.set("");
                    error.set(e.getMessage());
                });
            }
        });
    }

    /** The message's bytes; with the sequence stamp before them, they must still fit one datagram. */
    private byte[] payload(String text) {
        byte[] bytes = inputMode.get().parse(text);
        int room = UdpLimits.MAX_DATAGRAM_BYTES - SequenceStamp.BYTES;
        if (sequence.get() && bytes.length > room) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "With the %d-byte sequence stamp, a "
                    + "message fits one datagram up to %,d bytes; this one has %,d.", SequenceStamp.BYTES, room,
                    bytes.length));
        }
        return bytes;
    }

    /** Task thread: reuses the socket unless the local address changed. */
    private UdpSender openIfNeeded(UdpSender current, String local, boolean allowBroadcast)
            throws EndpointStartException, IOException {
        if (current != null && Addresses.host(current.localAddress().getAddress()).equals(local)) {
            current.setBroadcast(allowBroadcast);
            return current;
        }
        if (current != null) {
            engine.release(current);
        }
        return engine.openUdpSender(local, allowBroadcast, datagram -> {});
    }

    private void onFinished(SendRun.Result result, int times) {
        run = null;
        sending.set(false);
        progress.set((double) result.sent() / times);
        status.set(result.stopped() ? "Stopped after " + result.sent() + " of " + times
                : "Sent " + result.sent() + (times == 1 ? " datagram" : " of " + times));
        if (result.failure() != null) {
            error.set(result.failure());
        }
    }

    /** Stops a repeated send before its next datagram. */
    public void stop() {
        if (run != null) {
            run.stop();
        }
    }

    /** FX thread, once per pulse: progress of a running send, replies that came back. */
    @Override
    public void onEvents(List<NetEvent> batch) {
        SendRun current = run;
        if (current != null && sending.get()) {
            int sent = sentInRun.get();
            progress.set((double) sent / current.count());
            status.set("Sending " + sent + " of " + current.count() + "…");
        }
        UdpSender open = sender;
        if (open == null) {
            return;
        }
        replies.append(DatagramRow.receivedBy(open.id(), batch));
    }

    @Override
    public void dispose() {
        stop();
        UdpSender open = sender;
        if (open != null) {
            engine.tasks().execute(() -> engine.release(open));
        }
    }

    public StringProperty hostProperty() { return host; }
    /** On: send through the running UDP proxy whose target is the host and port. */
    public BooleanProperty throughProxyProperty() { return throughProxy; }
    public StringProperty portProperty() { return port; }
    public StringProperty messageProperty() { return message; }
    public ObjectProperty<InputMode> inputModeProperty() { return inputMode; }
    public StringProperty countProperty() { return count; }
    public StringProperty intervalMillisProperty() { return intervalMillis; }
    public BooleanProperty broadcastProperty() { return broadcast; }
    /** Whether each datagram starts with a sequence stamp, for a receiver to measure the stream. */
    public BooleanProperty sequenceProperty() { return sequence; }
    public StringProperty localAddressProperty() { return localAddress; }
    public ReadOnlyBooleanProperty sendingProperty() { return sending.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty sourceProperty() { return source.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public CappedRows<DatagramRow> replies() { return replies; }
    /** Which field the error line is about. */
    public FieldChecks checks() { return checks; }
}

package dev.netplayground.ui.udp;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.engine.udp.UdpReceiver;
import dev.netplayground.engine.udp.UdpReceiverConfig;
import dev.netplayground.engine.udp.UdpStats;
import dev.netplayground.ui.common.CappedRows;
import dev.netplayground.ui.common.DatagramRow;
import dev.netplayground.ui.common.EndpointLifecycle;
import dev.netplayground.ui.common.InputMode;
import dev.netplayground.ui.common.Inputs;
import dev.netplayground.ui.common.Plural;
import dev.netplayground.ui.common.RateMeter;
import dev.netplayground.ui.common.ReplyRulesText;
import dev.netplayground.ui.common.ServerPaneModel;
import java.util.List;
import java.util.Locale;
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

/**
 * State and actions of the UDP receiver pane. FX thread only; binding and replies run on the
 * engine's task executor; datagrams and counters arrive once per pulse via {@link #onEvents}.
 */
public final class UdpReceiverViewModel implements ServerPaneModel {
    static final int MAX_ROWS = 5_000;

    private final Engine engine;
    private final Executor fx;
    private final StringProperty bindAddress = new SimpleStringProperty(UdpReceiverConfig.DEFAULT_BIND);
    private final StringProperty port = new SimpleStringProperty("0");
    private final StringProperty buffer = new SimpleStringProperty("" + UdpReceiverConfig.DEFAULT_BUFFER_BYTES);
    private final BooleanProperty echo = new SimpleBooleanProperty();
    private final StringProperty multicastGroup = new SimpleStringProperty("");
    private final StringProperty multicastInterface = new SimpleStringProperty("");
    private final BooleanProperty replyByRules = new SimpleBooleanProperty();
    private final StringProperty replyRules = new SimpleStringProperty("");
    private final StringProperty reply = new SimpleStringProperty("");
    private final ObjectProperty<InputMode> replyMode = new SimpleObjectProperty<>(InputMode.TEXT);
    private final EndpointLifecycle<UdpReceiver> lifecycle;
    private final ReadOnlyStringWrapper counters = new ReadOnlyStringWrapper(countersText(new UdpStats(0, 0, 0), 0));
    private final ReadOnlyIntegerWrapper boundPort = new ReadOnlyIntegerWrapper();
    private final CappedRows<DatagramRow> datagrams = new CappedRows<>(MAX_ROWS);
    private final ObjectProperty<DatagramRow> selected = new SimpleObjectProperty<>();
    private final RateMeter rate = new RateMeter();
    private final ReadOnlyStringWrapper quality = new ReadOnlyStringWrapper("");
    private boolean shown = true;

    public UdpReceiverViewModel(Engine engine, Executor fx) {
        this.engine = engine;
        this.fx = fx;
        this.lifecycle = new EndpointLifecycle<>(engine, fx);
    }

    @Override
    public void start() {
        lifecycle.start(this::readForm, config -> engine.startUdpReceiver(config, datagram -> {}), started -> {
            // A new receiver counts from zero: its table starts empty too (the log keeps the old ones).
            clear();
            counters.set(countersText(started.stats(), 0));
            refreshQuality(started);
            boundPort.set(started.localAddress().getPort());
            rate.reset();
            lifecycle.setStatus("Listening on " + started.url());
        });
    }

    /** The form as a config; a refused value marks its field and throws, saying why. */
    UdpReceiverConfig readForm() {
        return new UdpReceiverConfig(bindAddress.get().trim(),
                checks().parse(port, text -> Inputs.port(text, true)),
                checks().parse(buffer, text -> Inputs.intInRange(text, "Buffer (bytes)", 1, 65_507)), echo.get(),
                multicastGroup.get(), multicastInterface.get(),
                replyByRules.get() ? checks().parse(replyRules, ReplyRulesText::parse) : List.of());
    }

    @Override
    public void stop() {
        lifecycle.stop(() -> { });
    }

    /**
     * Shows datagrams and quality only while {@code showing} is true (the tab is selected): a hidden
     * pane costs nothing per pulse, and catches up when shown.
     */
    public void showWhile(ObservableBooleanValue showing) {
        datagrams.showWhile(showing);
        shown = showing.get();
        showing.addListener((obs, was, now) -> {
            shown = now;
            UdpReceiver current = lifecycle.endpoint();
            if (now && current != null) {
                refreshQuality(current);
            }
        });
    }

    @Override
    public EndpointLifecycle<UdpReceiver> lifecycle() {
        return lifecycle;
    }

    /**
     * Sends the reply text from the receiver's own socket to the source of the selected
     * datagram, or of the last one when none is selected.
     */
    public void reply() {
        UdpReceiver current = lifecycle.endpoint();
        if (current == null) {
            lifecycle.setError("Start the receiver first.");
            return;
        }
        byte[] bytes;
        try {
            bytes = checks().parse(reply, text -> replyMode.get().parse(text));
        } catch (IllegalArgumentException e) {
            lifecycle.setError(e.getMessage());
            return;
        }
        ReplyTarget target = selected.get() == null ? null : ReplyTarget.parse(selected.get().peer());
        engine.tasks().execute(() -> {
            String failure = target == null ? current.replyToLast(bytes) : current.reply(target.address(), bytes);
            fx.execute(() -> lifecycle.setError(failure == null ? "" : failure));
        });
    }

    /** A peer as the log writes it ({@code 127.0.0.1:5000}, {@code [::1]:5000}) turned back into an address. */
    private record ReplyTarget(java.net.InetSocketAddress address) {
        static ReplyTarget parse(String peer) {
            int colon = peer.lastIndexOf(':');
            String host = peer.substring(0, colon).replace("[", "").replace("]", "");
            return new ReplyTarget(new java.net.InetSocketAddress(host, Integer.parseInt(peer.substring(colon + 1))));
        }
    }

    /** FX thread, once per pulse: new datagrams into the table, counters and rate refreshed. */
    @Override
    public void onEvents(List<NetEvent> batch) {
        UdpReceiver current = lifecycle.endpoint();
        if (current == null) {
            return;
        }
        datagrams.append(DatagramRow.receivedBy(current.id(), batch));
        UdpStats stats = current.stats();
        counters.set(countersText(stats, rate.update(stats.datagrams(), System.nanoTime())));
        if (shown) {
            refreshQuality(current);
        }
    }

    private void refreshQuality(UdpReceiver receiver) {
        quality.set(QualityText.of(receiver.quality(), receiver.untrackedStamped()));
    }

    private static String countersText(UdpStats stats, double perSecond) {
        return String.format(Locale.ROOT, "%s · %s · %,d truncated · %,.0f/s",
                Plural.of(stats.datagrams(), "datagram"), Plural.of(stats.bytes(), "byte"), stats.truncated(),
                perSecond);
    }

    public void clear() {
        selected.set(null);
        datagrams.clear();
    }

    @Override
    public void dispose() {
        lifecycle.dispose();
    }

    public StringProperty bindAddressProperty() { return bindAddress; }
    public StringProperty portProperty() { return port; }
    public StringProperty bufferProperty() { return buffer; }
    public BooleanProperty echoProperty() { return echo; }
    public StringProperty multicastGroupProperty() { return multicastGroup; }
    public StringProperty multicastInterfaceProperty() { return multicastInterface; }
    /** Whether the receiver answers by its reply rules. */
    public BooleanProperty replyByRulesProperty() { return replyByRules; }
    /** Reply rules, one per line: {@code MATCH=>REPLY}; used while {@link #replyByRulesProperty} is on. */
    public StringProperty replyRulesProperty() { return replyRules; }
    public StringProperty replyProperty() { return reply; }
    public ObjectProperty<InputMode> replyModeProperty() { return replyMode; }
    public ReadOnlyStringProperty countersProperty() { return counters.getReadOnlyProperty(); }
    /** A line of quality per source of sequence-stamped datagrams (the first few); empty when none came. */
    public ReadOnlyStringProperty qualityProperty() { return quality.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty boundPortProperty() { return boundPort.getReadOnlyProperty(); }
    public CappedRows<DatagramRow> datagrams() { return datagrams; }
    /** The datagram whose source a reply goes to; null means the last source. */
    public ObjectProperty<DatagramRow> selectedProperty() { return selected; }
}

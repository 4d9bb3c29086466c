package dev.netplayground.ui.conditions;

import dev.netplayground.engine.core.BoundEndpoint;
import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.engine.proxy.ConditionLog;
import dev.netplayground.engine.proxy.ProxyConnectionInfo;
import dev.netplayground.engine.proxy.ProxyDirection;
import dev.netplayground.engine.proxy.ProxyTarget;
import dev.netplayground.engine.proxy.TcpConditions;
import dev.netplayground.engine.proxy.TcpProxy;
import dev.netplayground.engine.proxy.UdpConditions;
import dev.netplayground.engine.proxy.UdpProxy;
import dev.netplayground.ui.common.EndpointLifecycle;
import dev.netplayground.ui.common.Inputs;
import dev.netplayground.ui.common.ServerPaneModel;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the Conditions tab: starts a TCP or UDP proxy, changes its conditions
 * while it runs, and shows its connections and what it applied, per kind. FX thread only;
 * binding runs on the engine's task executor; figures refresh once per pulse via {@link #onEvents}.
 */
public final class ConditionsViewModel implements ServerPaneModel {
    private final Engine engine;
    private final EndpointLifecycle<BoundEndpoint> lifecycle;
    private final ObjectProperty<ProxyProtocol> protocol = new SimpleObjectProperty<>(ProxyProtocol.TCP);
    private final StringProperty bindAddress = new SimpleStringProperty("127.0.0.1");
    private final StringProperty listenPort = new SimpleStringProperty("0");
    private final StringProperty target = new SimpleStringProperty("");
    private final StringProperty seed = new SimpleStringProperty("1");
    private final ObjectProperty<ConditionDirections> directions = new SimpleObjectProperty<>(ConditionDirections.BOTH);
    private final ConditionsForm form = new ConditionsForm();
    private final ObservableList<ProxyConnectionInfo> connections = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper counters =
            new ReadOnlyStringWrapper("Not running: Start counts what the proxy applies.");
    private final ReadOnlyIntegerWrapper boundPort = new ReadOnlyIntegerWrapper();
    private TcpProxy tcp;
    private UdpProxy udp;

    public ConditionsViewModel(Engine engine, Executor fx) {
        this.engine = engine;
        this.lifecycle = new EndpointLifecycle<>(engine, fx);
    }

    /** What the form starts: where to listen, where to relay, and the conditions of each direction. */
    sealed interface Setup {}

    record TcpSetup(ProxyTarget target, TcpConditions upstream, TcpConditions downstream) implements Setup {}

    record UdpSetup(ProxyTarget target, UdpConditions upstream, UdpConditions downstream, long seed)
            implements Setup {}

    @Override
    public void start() {
        lifecycle.start(this::readForm, this::startProxy, started -> {
            tcp = started instanceof TcpProxy t ? t : null;
            udp = started instanceof UdpProxy u ? u : null;
            boundPort.set(started.localAddress().getPort());
            lifecycle.setStatus("Listening on " + started.url() + ", relaying to " + target.get().trim());
            refresh();
        });
    }

    private BoundEndpoint startProxy(Setup setup) throws EndpointStartException {
        return switch (setup) {
            case TcpSetup t -> engine.startTcpProxy(t.target(), t.upstream(), t.downstream());
            case UdpSetup u -> engine.startUdpProxy(u.target(), u.upstream(), u.downstream(), u.seed());
        };
    }

    /** The form as a setup; a refused value marks its field and throws, saying why. */
    Setup readForm() {
        int port = checks().parse(listenPort, text -> Inputs.port(text, true));
        ProxyTarget where = checks().parse(target, text -> targetOf(text, bindAddress.get().trim(), port));
        long seedValue = checks().parse(seed, text -> (long) Inputs.intInRange(text, "Seed", 0, Integer.MAX_VALUE));
        ConditionDirections chosen = directions.get();
        if (protocol.get() == ProxyProtocol.TCP) {
            TcpConditions set = form.tcp(checks());
            return new TcpSetup(where, pick(chosen, ProxyDirection.UPSTREAM, set, TcpConditions.NONE),
                    pick(chosen, ProxyDirection.DOWNSTREAM, set, TcpConditions.NONE));
        }
        UdpConditions set = form.udp(checks());
        return new UdpSetup(where, pick(chosen, ProxyDirection.UPSTREAM, set, UdpConditions.NONE),
                pick(chosen, ProxyDirection.DOWNSTREAM, set, UdpConditions.NONE), seedValue);
    }

    private static <T> T pick(ConditionDirections chosen, ProxyDirection direction, T set, T none) {
        return chosen.includes(direction) ? set : none;
    }

    /** {@code host:port} (an IPv6 host in brackets) as where a proxy listening on {@code bind:port} relays to. */
    static ProxyTarget targetOf(String text, String bind, int port) {
        String trimmed = text == null ? "" : text.trim();
        int colon = trimmed.lastIndexOf(':');
        String example = "Enter the target as host:port, such as 127.0.0.1:5000.";
        if (colon <= 0) {
            throw new IllegalArgumentException(example);
        }
        String host = trimmed.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int targetPort = Inputs.port(trimmed.substring(colon + 1), false);
        return new ProxyTarget(bind, port, Inputs.host(host), targetPort);
    }

    /** Sets the form's conditions on the running proxy, in the chosen directions, from the next bytes on. */
    public void apply() {
        lifecycle.setError("");
        try {
            ConditionDirections chosen = directions.get();
            if (tcp != null) {
                TcpConditions set = form.tcp(checks());
                for (ProxyDirection direction : ProxyDirection.values()) {
                    if (chosen.includes(direction)) {
                        tcp.setConditions(direction, set);
                    }
                }
            } else if (udp != null) {
                UdpConditions set = form.udp(checks());
                for (ProxyDirection direction : ProxyDirection.values()) {
                    if (chosen.includes(direction)) {
                        udp.setConditions(direction, set);
                    }
                }
            } else {
                lifecycle.setError("Start the proxy first; Start takes the conditions as they are.");
            }
        } catch (IllegalArgumentException e) {
            lifecycle.setError(e.getMessage());
        }
    }

    @Override
    public void stop() {
        lifecycle.stop(() -> {
            refresh();
            tcp = null;
            udp = null;
            connections.clear();
        });
    }

    /** Once per pulse: the connections and counters, read from the running proxy. */
    @Override
    public void onEvents(List<NetEvent> batch) {
        if (tcp != null || udp != null) {
            refresh();
        }
    }

    private void refresh() {
        if (tcp != null) {
            connections.setAll(tcp.connections());
            counters.set(String.format(Locale.ROOT, "%,d connections so far · %s", tcp.connectionCount(),
                    describe(tcp.conditionLog())));
        } else if (udp != null) {
            counters.set(String.format(Locale.ROOT, "%,d clients · %,d datagrams in, %,d out %s · %,d in, %,d out %s"
                    + " · %s", udp.clientCount(), udp.received(ProxyDirection.UPSTREAM),
                    udp.sent(ProxyDirection.UPSTREAM), ProxyDirection.UPSTREAM.label(),
                    udp.received(ProxyDirection.DOWNSTREAM), udp.sent(ProxyDirection.DOWNSTREAM),
                    ProxyDirection.DOWNSTREAM.label(), describe(udp.conditionLog())));
        }
    }

    private static String describe(ConditionLog log) {
        return log.describe().replace(", ", " · ");
    }

    @Override
    public void dispose() {
        lifecycle.dispose();
    }

    @Override
    public EndpointLifecycle<?> lifecycle() {
        return lifecycle;
    }

    public ObjectProperty<ProxyProtocol> protocolProperty() { return protocol; }
    public StringProperty bindAddressProperty() { return bindAddress; }
    public StringProperty listenPortProperty() { return listenPort; }
    public StringProperty targetProperty() { return target; }
    public StringProperty seedProperty() { return seed; }
    public ObjectProperty<ConditionDirections> directionsProperty() { return directions; }
    public ConditionsForm form() { return form; }
    public ObservableList<ProxyConnectionInfo> connections() { return connections; }
    public ReadOnlyStringProperty countersProperty() { return counters.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty boundPortProperty() { return boundPort.getReadOnlyProperty(); }
}

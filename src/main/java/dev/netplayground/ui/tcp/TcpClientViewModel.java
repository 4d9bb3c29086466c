package dev.netplayground.ui.tcp;

import dev.netplayground.engine.codec.Framing;
import dev.netplayground.engine.codec.LineEnding;
import dev.netplayground.engine.core.Addresses;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.engine.tcp.TcpClient;
import dev.netplayground.engine.tls.CertificateFacts;
import dev.netplayground.engine.tls.ClientTls;
import dev.netplayground.ui.common.CappedRows;
import dev.netplayground.ui.common.Failures;
import dev.netplayground.ui.common.FieldChecks;
import dev.netplayground.ui.common.FramingChoice;
import dev.netplayground.ui.common.InputMode;
import dev.netplayground.ui.common.Inputs;
import dev.netplayground.ui.common.PaneModel;
import dev.netplayground.ui.common.ProxyRoute;
import dev.netplayground.ui.common.TlsChoices;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State and actions of the TCP client pane. FX thread only. Connecting and sending run in the
 * engine; what the server sends arrives as events, once per pulse, through {@link #onEvents}.
 */
public final class TcpClientViewModel implements PaneModel {
    /** Received chunks kept in the pane; the log keeps the rest. */
    static final int MAX_RECEIVED_ROWS = 5_000;
    private static final String UNKNOWN_ISSUER = "TLS handshake failed: unknown issuer";

    private final Engine engine;
    private final Executor fx;
    private final TcpClient client;
    private final StringProperty host = new SimpleStringProperty("127.0.0.1");
    private final StringProperty port = new SimpleStringProperty("");
    private final BooleanProperty throughProxy = new SimpleBooleanProperty();
    private final StringProperty timeoutMillis = new SimpleStringProperty("3000");
    private final FramingChoice framing = new FramingChoice();
    private final StringProperty message = new SimpleStringProperty("Hello, server!");
    private final ObjectProperty<LineEnding> lineEnding = new SimpleObjectProperty<>(LineEnding.LF);
    private final ObjectProperty<InputMode> inputMode = new SimpleObjectProperty<>(InputMode.TEXT);
    private final BooleanProperty tls = new SimpleBooleanProperty();
    private final BooleanProperty insecure = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper refused = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pinned = new ReadOnlyStringWrapper("");
    private CertificateFacts refusedCertificate;
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper connecting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Not connected");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final CappedRows<ReceivedChunk> received = new CappedRows<>(MAX_RECEIVED_ROWS);
    private final FieldChecks checks = new FieldChecks(error.getReadOnlyProperty(), error::set);

    public TcpClientViewModel(Engine engine, Executor fx) {
        this.engine = engine;
        this.fx = fx;
        this.client = engine.createTcpClient(bytes -> {});
        // A pin is for the server it was taken from.
        host.addListener((obs, old, now) -> pinned.set(""));
        port.addListener((obs, old, now) -> pinned.set(""));
    }

    public void connect() {
        if (connected.get() || connecting.get()) {
            return;
        }
        String target;
        int targetPort;
        int timeout;
        Framing cutting;
        try {
            target = checks.parse(host, Inputs::host);
            targetPort = checks.parse(port, text -> Inputs.port(text, false));
            timeout = checks.parse(timeoutMillis, text -> Inputs.intInRange(text, "Connect timeout (ms)", 1, 600_000));
            cutting = framing.read(checks);
            InetSocketAddress route = ProxyRoute.via(throughProxy.get(), "TCP", target, targetPort,
                    engine::tcpProxyTo);
            target = route.getHostString();
            targetPort = route.getPort();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        error.set("");
        connecting.set(true);
        status.set("Connecting to " + Addresses.hostPort(target, targetPort) + "…");
        boolean secure = tls.get();
        boolean unverified = insecure.get();
        String pin = pinned.get().isEmpty() ? null : pinned.get();
        String routeHost = target;
        int routePort = targetPort;
        refused.set("");
        refusedCertificate = null;
        CompletableFuture<ClientTls> secured = CompletableFuture.supplyAsync(
                () -> secure ? clientTls(unverified, pin) : null, engine.tasks());
        secured.thenCompose(clientTls -> client.connect(routeHost, routePort, Duration.ofMillis(timeout), cutting,
                        Framing.DEFAULT_MAX_MESSAGE_BYTES, clientTls))
                .whenComplete((ok, failure) -> fx.execute(() -> connected(failure, secure && unverified,
                        secure && pin != null, secured.getNow(null))));
    }

    private static ClientTls clientTls(boolean insecure, String pin) {
        try {
            return TlsChoices.client(insecure, pin);
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }

    private void connected(Throwable failure, boolean unverified, boolean byPin, ClientTls used) {
        connecting.set(false);
        if (failure == null) {
            // The server may already have closed it again (its CLOSED event may come first).
            connected.set(client.isConnected());
            status.set(client.isConnected() ? "Connected to " + client.peer()
                    + (unverified ? " · INSECURE: certificate not verified" : "")
                    + (byPin ? " · pinned certificate" : "") : "Not connected");
        } else {
            status.set("Not connected");
            String message = Failures.message(failure);
            error.set(message);
            if (message.startsWith(UNKNOWN_ISSUER) && used != null && !used.lastServerChain().isEmpty()) {
                refusedCertificate = CertificateFacts.of(used.lastServerChain().get(0));
                refused.set(TlsChoices.describe(refusedCertificate));
            }
        }
    }

    /** Pins the certificate the server showed when it was refused: the next connection trusts exactly it. */
    public void trustRefusedCertificate() {
        if (refusedCertificate != null) {
            pinned.set(refusedCertificate.sha256());
            refusedCertificate = null;
            refused.set("");
            error.set("");
        }
    }

    /** The facts of a server certificate refused for its unknown issuer, offered to trust; else empty. */
    public ReadOnlyStringProperty refusedCertificateProperty() {
        return refused.getReadOnlyProperty();
    }

    /** The SHA-256 of the server certificate trusted by pin, or empty; cleared when the host or port changes. */
    public ReadOnlyStringProperty pinnedProperty() {
        return pinned.getReadOnlyProperty();
    }

    /**
     * Sends the typed message: with lines, followed by the chosen line ending; with another
     * framing, with its length header or delimiter added.
     */
    public void send() {
        byte[] payload;
        try {
            payload = checks.parse(message, text -> inputMode.get().parse(text));
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        boolean lines = client.framing() instanceof Framing.Line;
        if (lines && payload.length == 0 && lineEnding.get() == LineEnding.NONE) {
            error.set("Nothing to send: type a message or pick a line ending.");
            return;
        }
        error.set("");
        CompletableFuture<Void> sent = lines ? client.send(lineEnding.get().append(payload))
                : client.sendMessage(payload);
        sent.whenComplete((ok, failure) -> {
            if (failure != null) {
                fx.execute(() -> error.set(Failures.message(failure)));
            }
        });
    }

    /** Whether to connect with TLS (verified against the system's authorities and the app's own certificate). */
    public BooleanProperty tlsProperty() {
        return tls;
    }

    /** With TLS, skip verification: warned in the status and on every connection in the log. */
    public BooleanProperty insecureProperty() {
        return insecure;
    }

    public void disconnect() {
        client.disconnect();
    }

    public void clearReceived() {
        received.clear();
    }

    /** FX thread, once per pulse: shows what this client received and notices when it closed. */
    @Override
    public void onEvents(List<NetEvent> batch) {
        List<ReceivedChunk> arrived = new ArrayList<>();
        for (NetEvent event : batch) {
            if (!event.endpoint().equals(client.id())) {
                continue;
            }
            switch (event.kind()) {
                case RECEIVED -> arrived.add(ReceivedChunk.of(event));
                case CLOSED -> {
                    connected.set(false);
                    status.set(closedStatus(event.message()));
                }
                case FAILED -> {
                    if (connected.get()) {
                        error.set(event.message());
                    }
                }
                default -> { }
            }
        }
        received.append(arrived);
    }


    /** "Disconnected", "Closed by server": the close's reason as the status, not "Not connected (disconnected)". */
    private static String closedStatus(String reason) {
        return reason == null || reason.isEmpty() ? "Not connected"
                : Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
    }

    /** Disconnects and forgets the client when the tab or window closes. */
    @Override
    public void dispose() {
        engine.release(client);
    }

    public String endpointId() { return client.id(); }
    public FramingChoice framing() { return framing; }
    /** On: connect through the running TCP proxy whose target is the host and port. */
    public BooleanProperty throughProxyProperty() {
        return throughProxy;
    }

    public StringProperty hostProperty() { return host; }
    public StringProperty portProperty() { return port; }
    public StringProperty timeoutMillisProperty() { return timeoutMillis; }
    public StringProperty messageProperty() { return message; }
    public ObjectProperty<LineEnding> lineEndingProperty() { return lineEnding; }
    public ObjectProperty<InputMode> inputModeProperty() { return inputMode; }
    public ReadOnlyBooleanProperty connectedProperty() { return connected.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty connectingProperty() { return connecting.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public CappedRows<ReceivedChunk> received() { return received; }
    /** Which field the error line is about. */
    public FieldChecks checks() { return checks; }
}

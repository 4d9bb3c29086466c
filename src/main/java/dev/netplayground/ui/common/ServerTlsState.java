package dev.netplayground.ui.common;

import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.tls.ServerTls;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A server pane's TLS switch and the facts of the certificate its running server serves, shown
 * from start to stop. FX thread only, except what {@link #starting()} returns.
 */
public final class ServerTlsState {
    /** What a start serves, made where the start runs (it reads files: not on the FX thread). */
    @FunctionalInterface
    public interface Choice {
        /** @return the TLS to serve on {@code bindAddress}, or null for plain text */
        ServerTls serverFor(String bindAddress) throws EndpointStartException;
    }

    private final BooleanProperty on = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper certificate = new ReadOnlyStringWrapper("");

    /** As a start begins: forgets the last server's certificate and fixes whether this start serves TLS. */
    public Choice starting() {
        certificate.set("");
        boolean secure = on.get();
        return bindAddress -> secure ? TlsChoices.server(bindAddress) : null;
    }

    /** Shows the started server's certificate; {@code served} is null for a plain-text server. */
    public void started(ServerTls served) {
        certificate.set(served == null ? "" : TlsChoices.describe(served));
    }

    public void stopped() {
        certificate.set("");
    }

    /** Whether the next start serves TLS (with the app's own certificate). */
    public BooleanProperty onProperty() {
        return on;
    }

    /** The served certificate's facts while a TLS server runs, else empty. */
    public ReadOnlyStringProperty certificateProperty() {
        return certificate.getReadOnlyProperty();
    }
}

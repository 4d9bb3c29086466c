package dev.netplayground.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;

/**
 * A server pane's TLS switch ({@code PREFIX + "Tls"}) and, while a TLS server runs, the facts of
 * the certificate it serves ({@code PREFIX + "Certificate"}). FX thread only.
 */
public final class ServerTlsFields {
    private final CheckBox toggle = new CheckBox("TLS");
    private final Label certificate = new Label();

    /** @param facts the served certificate's facts, empty while none is served */
    public ServerTlsFields(String idPrefix, BooleanProperty on, ReadOnlyStringProperty facts) {
        toggle.setId(idPrefix + "Tls");
        certificate.setId(idPrefix + "Certificate");
        certificate.getStyleClass().add("status-text");
        certificate.setWrapText(true);
        // Wraps within the pane's width instead of widening the pane to its one-line length.
        certificate.setPrefWidth(1);
        certificate.setMaxWidth(Double.MAX_VALUE);
        LazyTooltip.install(toggle, "Serve TLS with this app's own self-signed certificate (kept in its data folder).");
        toggle.selectedProperty().bindBidirectional(on);
        certificate.textProperty().bind(facts);
        certificate.visibleProperty().bind(facts.isNotEmpty());
        certificate.managedProperty().bind(certificate.visibleProperty());
    }

    public CheckBox toggle() {
        return toggle;
    }

    public Label certificate() {
        return certificate;
    }
}

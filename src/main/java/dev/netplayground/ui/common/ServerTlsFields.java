package dev.netplayground.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * A server pane's TLS switch ({@code PREFIX + "Tls"}) and, while a TLS server runs, the facts of
 * the certificate it serves ({@code PREFIX + "Certificate"}) with a button that exports it as PEM
 * ({@code PREFIX + "ExportPem"}; where it went: {@code PREFIX + "Exported"}). FX thread only.
 */
public final class ServerTlsFields {
    private final CheckBox toggle = new CheckBox("TLS");
    private final Label certificate = new Label();
    private final Button exportPem = new Button("Export PEM");
    private final Label exported = new Label();
    private final VBox certificateBox;

    /**
     * @param facts the served certificate's facts, empty while none is served
     * @param exportedTo where the certificate was last exported, or empty
     * @param export writes the served certificate to the file the user chose
     */
    public ServerTlsFields(String idPrefix, BooleanProperty on, ReadOnlyStringProperty facts,
            ReadOnlyStringProperty exportedTo, Consumer<Path> export) {
        toggle.setId(idPrefix + "Tls");
        certificate.setId(idPrefix + "Certificate");
        certificate.getStyleClass().add("status-text");
        certificate.setWrapText(true);
        // Wraps within the pane's width instead of widening the pane to its one-line length.
        certificate.setPrefWidth(1);
        certificate.setMaxWidth(Double.MAX_VALUE);
        // All its lines even when the pane is short of height: the table below gives way instead.
        certificate.setMinHeight(Region.USE_PREF_SIZE);
        exportPem.setId(idPrefix + "ExportPem");
        exportPem.setMinWidth(Region.USE_PREF_SIZE);
        exported.setId(idPrefix + "Exported");
        exported.getStyleClass().add("status-text");
        LazyTooltip.install(toggle, "Serve TLS with this app's own self-signed certificate (kept in its data folder).");
        LazyTooltip.install(exportPem, "Save the served certificate as a PEM file other tools can trust "
                + "(curl --cacert, openssl -CAfile).");
        toggle.selectedProperty().bindBidirectional(on);
        certificate.textProperty().bind(facts);
        certificate.visibleProperty().bind(facts.isNotEmpty());
        exported.textProperty().bind(exportedTo);
        // The facts wrap over the pane's width; the button and where it exported go below them.
        certificateBox = new VBox(4, certificate, Rows.of(exportPem, exported));
        certificateBox.visibleProperty().bind(facts.isNotEmpty());
        certificateBox.managedProperty().bind(certificateBox.visibleProperty());
        exportPem.setOnAction(event -> chooseFileFor(export));
    }

    private void chooseFileFor(Consumer<Path> export) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the server's certificate");
        chooser.setInitialFileName("net-playground-server-cert.pem");
        File file = chooser.showSaveDialog(exportPem.getScene() == null ? null : exportPem.getScene().getWindow());
        if (file != null) {
            export.accept(file.toPath());
        }
    }

    public CheckBox toggle() {
        return toggle;
    }

    /** The served certificate's facts, the export button and where it last exported, shown while a TLS server runs. */
    public VBox certificateBox() {
        return certificateBox;
    }
}

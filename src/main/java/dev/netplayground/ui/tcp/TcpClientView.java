package dev.netplayground.ui.tcp;

import atlantafx.base.theme.Styles;
import dev.netplayground.engine.codec.LineEnding;
import dev.netplayground.ui.common.Columns;
import dev.netplayground.ui.common.Forms;
import dev.netplayground.ui.common.FramingKind;
import dev.netplayground.ui.common.InputMode;
import dev.netplayground.ui.common.LazyTooltip;
import dev.netplayground.ui.common.PaneCard;
import dev.netplayground.ui.common.ProxyRoute;
import dev.netplayground.ui.common.Rows;
import dev.netplayground.ui.common.SendShortcut;
import dev.netplayground.ui.common.TableTail;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The TCP client pane: connect, send, and what came back as text and hex. */
public final class TcpClientView extends PaneCard {
    private final TcpClientViewModel model;
    private final TextField host = new TextField();
    private final TextField port = new TextField();
    private final TextField timeout = new TextField();
    private final CheckBox tls = new CheckBox("TLS");
    private final CheckBox insecure = new CheckBox("Insecure");
    private final Label insecureWarning = new Label("Insecure: the server's certificate is not checked; anyone in "
            + "the path could read and change this connection.");
    private final CheckBox throughProxy = new CheckBox(ProxyRoute.LABEL);
    private final Button connect = new Button("Connect");
    private final Button disconnect = new Button("Disconnect");
    private final Label status = new Label();
    private final Label error = Forms.errorLabel("tcpClientError");
    private final Label refused = new Label();
    private final Button trust = new Button("Trust this server's certificate");
    private final Label pinned = new Label();
    private final TextField message = new TextField();
    private final ChoiceBox<InputMode> mode = Forms.choices("Send the message as", InputMode.values());
    private final ChoiceBox<LineEnding> ending = Forms.choices("Line ending", LineEnding.values());
    private final FramingFields framing;
    private final Button send = new Button("Send");
    private final TableView<ReceivedChunk> received = new TableView<>();
    private final Button clear = new Button("Clear");

    public TcpClientView(TcpClientViewModel model) {
        this.model = model;
        this.framing = new FramingFields("tcpClient", model.framing(), model.checks(),
                model.connectedProperty().or(model.connectingProperty()));
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        host.setId("tcpClientHost");
        port.setId("tcpClientPort");
        Forms.prompt(port, "port");
        timeout.setId("tcpClientTimeout");
        tls.setId("tcpClientTls");
        insecure.setId("tcpClientInsecure");
        insecureWarning.setId("tcpClientInsecureWarning");
        insecureWarning.getStyleClass().add(Styles.DANGER);
        insecureWarning.setWrapText(true);
        insecureWarning.setPrefWidth(1);
        insecureWarning.setMaxWidth(Double.MAX_VALUE);
        refused.setId("tcpClientRefusedCertificate");
        refused.getStyleClass().add("status-text");
        refused.setWrapText(true);
        refused.setPrefWidth(1);
        refused.setMaxWidth(Double.MAX_VALUE);
        trust.setId("tcpClientTrust");
        trust.setMinWidth(Region.USE_PREF_SIZE);
        LazyTooltip.install(trust, "Pin this certificate: the next connection trusts exactly it (by its SHA-256), "
                + "whoever issued it.");
        pinned.setId("tcpClientPinned");
        pinned.getStyleClass().add("status-text");
        throughProxy.setId("tcpClientThroughProxy");
        LazyTooltip.install(throughProxy, ProxyRoute.TOOLTIP);
        connect.setId("tcpClientConnect");
        connect.getStyleClass().add(Styles.ACCENT);
        disconnect.setId("tcpClientDisconnect");
        status.setId("tcpClientStatus");
        status.getStyleClass().add("status-text");
        message.setId("tcpClientMessage");
        Forms.prompt(message, "Message; \\n \\r \\t \\xHH work in text mode");
        mode.setId("tcpClientInputMode");
        ending.setId("tcpClientLineEnding");
        send.setId("tcpClientSend");
        send.getStyleClass().add(Styles.ACCENT);
        received.setId("tcpClientReceived");
        received.setPlaceholder(new Label("What the server sends back shows here."));
        Columns.fit(received,
                Columns.column("Time", 112, c -> Columns.clock(c.time())),
                Columns.column("Bytes", 65, ReceivedChunk::bytes),
                Columns.text("Text", 200, ReceivedChunk::text),
                Columns.text("Hex", 200, ReceivedChunk::hex));
        Columns.fixedRows(received);
        TableTail.follow(received);
        clear.setId("tcpClientClear");
    }

    private void layoutParts() {
        GridPane form = Forms.grid();
        port.setPrefColumnCount(6);
        timeout.setPrefColumnCount(5);
        Forms.row(form, "Host", Forms.inline(host, Forms.caption("Port", port), port,
                Forms.caption("Timeout (ms)", timeout), timeout),
                "The server's name or address and port (starting the server on the left fills the port in), "
                        + "and how long to wait for the connection before giving up.");
        Forms.row(form, "Framing", framing, "How what the server sends is cut into messages, and what Send adds "
                + "to each: a line ending, the delimiter, or the length header.");
        LazyTooltip.install(tls, "TLS verifies the server's certificate against the system's authorities and this "
                + "app's own server certificate, for the host name given.");
        LazyTooltip.install(insecure, "Insecure (no verification): skip the certificate check; the status and "
                + "every connection say so.");
        GridPane sendForm = Forms.grid();
        Forms.row(sendForm, "Message", message, "Text with escapes (\\n, \\r, \\t, \\xHH), or hex bytes in hex mode.");
        Forms.row(sendForm, "Send as", Forms.inline(mode, ending, send),
                "How the message becomes bytes, and what ends each message.");
        send.setMinWidth(Region.USE_PREF_SIZE);
        mode.setMaxWidth(Double.MAX_VALUE);
        VBox.setVgrow(received, Priority.ALWAYS);
        HBox.setHgrow(refused, Priority.ALWAYS);
        HBox refusedRow = Rows.of(refused, trust);
        refusedRow.visibleProperty().bind(model.refusedCertificateProperty().isNotEmpty());
        refusedRow.managedProperty().bind(refusedRow.visibleProperty());
        getChildren().setAll(title("TCP client"), form, Rows.of(connect, disconnect, throughProxy, status),
                Rows.of(tls, insecure, pinned), insecureWarning, refusedRow, sendForm, error,
                Rows.of(heading("Received", received), clear), received);
        SendShortcut.install(this, send);
    }

    private void bind() {
        Forms.bindChecked(host, model.hostProperty(), model.checks());
        Forms.bindChecked(port, model.portProperty(), model.checks());
        Forms.bindChecked(timeout, model.timeoutMillisProperty(), model.checks());
        Forms.bindChecked(message, model.messageProperty(), model.checks());
        mode.valueProperty().bindBidirectional(model.inputModeProperty());
        ending.valueProperty().bindBidirectional(model.lineEndingProperty());
        // With another framing, Send adds its header or delimiter instead of a line ending.
        ending.disableProperty().bind(model.framing().kindProperty().isNotEqualTo(FramingKind.LINE));
        var locked = model.connectedProperty().or(model.connectingProperty());
        host.disableProperty().bind(locked);
        port.disableProperty().bind(locked);
        timeout.disableProperty().bind(locked);
        throughProxy.disableProperty().bind(locked);
        throughProxy.selectedProperty().bindBidirectional(model.throughProxyProperty());
        connect.disableProperty().bind(locked);
        tls.selectedProperty().bindBidirectional(model.tlsProperty());
        insecure.selectedProperty().bindBidirectional(model.insecureProperty());
        tls.disableProperty().bind(locked);
        insecure.disableProperty().bind(locked.or(model.tlsProperty().not()));
        insecureWarning.visibleProperty().bind(model.tlsProperty().and(model.insecureProperty()));
        refused.textProperty().bind(model.refusedCertificateProperty());
        trust.disableProperty().bind(locked);
        trust.setOnAction(e -> model.trustRefusedCertificate());
        pinned.textProperty().bind(Bindings.when(model.pinnedProperty().isEmpty()).then("")
                .otherwise(Bindings.concat("Pinned: SHA-256 ", model.pinnedProperty())));
        insecureWarning.managedProperty().bind(insecureWarning.visibleProperty());
        disconnect.disableProperty().bind(model.connectedProperty().not());
        send.disableProperty().bind(model.connectedProperty().not());
        status.textProperty().bind(model.statusProperty());
        error.textProperty().bind(model.errorProperty());
        received.setItems(model.received());
        connect.setOnAction(e -> model.connect());
        disconnect.setOnAction(e -> model.disconnect());
        send.setOnAction(e -> model.send());
        message.setOnAction(e -> {
            if (model.connectedProperty().get()) {
                model.send();
            }
        });
        clear.setOnAction(e -> model.clearReceived());
    }
}

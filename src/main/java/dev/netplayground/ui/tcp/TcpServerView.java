package dev.netplayground.ui.tcp;

import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.ui.common.Columns;
import dev.netplayground.ui.common.Forms;
import dev.netplayground.ui.common.InputMode;
import dev.netplayground.ui.common.LazyTooltip;
import dev.netplayground.ui.common.ModelNames;
import dev.netplayground.ui.common.PaneCard;
import dev.netplayground.ui.common.ReplyRulesFields;
import dev.netplayground.ui.common.Rows;
import dev.netplayground.ui.common.SendShortcut;
import dev.netplayground.ui.common.ServerTlsFields;
import dev.netplayground.ui.common.StartStop;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The TCP server pane: form, start/stop, live connections. Binds to a {@link TcpServerViewModel}. */
public final class TcpServerView extends PaneCard {
    private final TcpServerViewModel model;
    private final TextField bind = new TextField();
    private final TextField port = new TextField();
    private final ChoiceBox<ConcurrencyModel> concurrency =
            new ChoiceBox<>(FXCollections.observableArrayList(ConcurrencyModel.values()));
    private final CheckBox echo = new CheckBox("Echo each message back");
    private final ServerTlsFields tls;
    private final FramingFields framing;
    private final ReplyRulesFields replies;
    private final TextField maxLine = new TextField();
    private final TextField maxConnections = new TextField();
    private final StartStop startStop;
    private final Label counters = new Label();
    private final Label error = Forms.errorLabel("tcpServerError");
    private final TableView<ConnectionRow> table = new TableView<>();
    private final TextField message = new TextField();
    private final ChoiceBox<InputMode> mode = Forms.choices("Send the message as", InputMode.values());
    private final Button send = new Button("Send");
    private final Button close = new Button("Close");

    public TcpServerView(TcpServerViewModel model) {
        this.model = model;
        this.startStop = new StartStop("tcpServer", model);
        this.tls = new ServerTlsFields("tcpServer", model.tlsProperty(), model.certificateProperty(),
                model.exportedProperty(), model::exportPem);
        this.framing = new FramingFields("tcpServer", model.framing(), model.checks(), startStop.locked());
        this.replies = new ReplyRulesFields("tcpServer", "framed as the server's framing says",
                model.replyByRulesProperty(), model.replyRulesProperty(), model.checks(), startStop.locked());
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        bind.setId("tcpServerBind");
        port.setId("tcpServerPort");
        port.setPrefColumnCount(6);
        concurrency.setId("tcpServerModel");
        concurrency.setMaxWidth(Double.MAX_VALUE);
        concurrency.setConverter(new StringConverter<>() {
            @Override
            public String toString(ConcurrencyModel value) {
                return value == null ? "" : ModelNames.described(value);
            }

            @Override
            public ConcurrencyModel fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        echo.setId("tcpServerEcho");
        maxLine.setId("tcpServerMaxLine");
        maxConnections.setId("tcpServerMaxConnections");
        counters.setId("tcpServerCounters");
        counters.getStyleClass().add("status-text");
        table.setId("tcpServerConnections");
        Columns.fixedRows(table);
        table.setPlaceholder(new Label("No connections yet. Connect a client to the port above."));
        Columns.fit(table,
                Columns.column("#", 40, ConnectionRow::id),
                Columns.text("Peer", 150, ConnectionRow::peer),
                Columns.live("Bytes in", 80, ConnectionRow::bytesInProperty),
                Columns.live("Bytes out", 80, ConnectionRow::bytesOutProperty),
                Columns.column("Since", 100, c -> Columns.clock(c.since())));
        message.setId("tcpServerMessage");
        Forms.prompt(message, "To the selected connection");
        mode.setId("tcpServerInputMode");
        send.setId("tcpServerSendSelected");
        close.setId("tcpServerCloseSelected");
    }

    private void layoutParts() {
        GridPane form = Forms.grid();
        port.setPrefColumnCount(6);
        maxLine.setPrefColumnCount(7);
        maxConnections.setPrefColumnCount(7);
        Forms.row(form, "Bind address", Forms.inline(bind, Forms.caption("Port", port), port),
                "Address to listen on. 127.0.0.1 accepts only this machine; 0.0.0.0 accepts every interface. "
                        + "Port 0 picks a free port; the real one is shown once the server runs.");
        Forms.row(form, "Model", concurrency, "How the server spends threads: a platform thread per connection, "
                + "a virtual thread per connection, or a few NIO selector loops (one per core) for all.");
        Forms.row(form, "Framing", framing, "How each connection's stream is cut into messages: lines, each read as "
                + "it came, a delimiter (hex), a fixed size, or a length header before each message.");
        Forms.row(form, "Max message (bytes)", Forms.inline(maxLine, Forms.caption("Max connections", maxConnections),
                maxConnections), "The longest payload: longer lines arrive in pieces, any other longer message closes "
                + "its connection; more connections are refused. The log reports each.");
        form.add(Rows.of(echo, tls.toggle(), replies.toggle()), 1, form.getRowCount());
        form.add(replies.box(), 1, form.getRowCount());
        LazyTooltip.install(send, "Send the message to the selected connection: as typed "
                + "with lines, else with the framing's length header or delimiter.");
        LazyTooltip.install(close, "Close the selected connection.");
        HBox sendRow = Rows.of(message, mode, send, close);
        HBox.setHgrow(message, Priority.ALWAYS);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(title("TCP server"), form, startStop.row(), tls.certificateBox(), error,
                Rows.of(heading("Connections", table), counters), table, sendRow);
        SendShortcut.install(this, send);
    }

    private void bind() {
        bind.textProperty().bindBidirectional(model.bindAddressProperty());
        Forms.bindChecked(port, model.portProperty(), model.checks());
        concurrency.valueProperty().bindBidirectional(model.modelProperty());
        echo.selectedProperty().bindBidirectional(model.echoProperty());
        Forms.bindChecked(maxLine, model.maxLineBytesProperty(), model.checks());
        Forms.bindChecked(maxConnections, model.maxConnectionsProperty(), model.checks());
        Forms.bindChecked(message, model.messageProperty(), model.checks());
        mode.valueProperty().bindBidirectional(model.inputModeProperty());
        Forms.disableWhile(startStop.locked(), bind, port, concurrency, echo, tls.toggle(), maxLine, maxConnections);
        counters.textProperty().bind(model.countersProperty());
        error.textProperty().bind(model.errorProperty());
        table.setItems(model.connections());
        table.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        var noSelection = table.getSelectionModel().selectedItemProperty().isNull();
        send.disableProperty().bind(noSelection);
        close.disableProperty().bind(noSelection);
        send.setOnAction(e -> model.sendToSelected());
        message.setOnAction(e -> model.sendToSelected());
        close.setOnAction(e -> model.closeSelected());
    }
}

package dev.netplayground.ui.udp;

import atlantafx.base.theme.Styles;
import dev.netplayground.engine.udp.SequenceStamp;
import dev.netplayground.ui.common.DatagramRow;
import dev.netplayground.ui.common.DatagramTable;
import dev.netplayground.ui.common.Forms;
import dev.netplayground.ui.common.InputMode;
import dev.netplayground.ui.common.LazyTooltip;
import dev.netplayground.ui.common.PaneCard;
import dev.netplayground.ui.common.ProxyRoute;
import dev.netplayground.ui.common.Rows;
import dev.netplayground.ui.common.SendShortcut;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The UDP sender pane: target, message, repeat with progress and Stop, replies. */
public final class UdpSenderView extends PaneCard {
    private final UdpSenderViewModel model;
    private final TextField host = new TextField();
    private final TextField port = new TextField();
    private final TextField message = new TextField();
    private final ChoiceBox<InputMode> mode = Forms.choices("Send the message as", InputMode.values());
    private final TextField count = new TextField();
    private final TextField interval = new TextField();
    private final CheckBox broadcast = new CheckBox("Broadcast");
    private final CheckBox sequence = new CheckBox("Sequence");
    private final CheckBox throughProxy = new CheckBox(ProxyRoute.LABEL);
    private final TextField local = new TextField();
    private final Button send = new Button("Send");
    private final Button stop = new Button("Stop");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Label source = new Label();
    private final Label error = Forms.errorLabel("udpSenderError");
    private final TableView<DatagramRow> replies;

    public UdpSenderView(UdpSenderViewModel model) {
        this.model = model;
        this.replies = DatagramTable.create("udpSenderReplies", "Replies",
                "Replies that come back to the source port show here.",
                model.replies());
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        host.setId("udpSenderHost");
        port.setId("udpSenderPort");
        Forms.prompt(port, "port");
        port.setPrefColumnCount(6);
        message.setId("udpSenderMessage");
        mode.setId("udpSenderInputMode");
        count.setId("udpSenderCount");
        count.setPrefColumnCount(6);
        interval.setId("udpSenderInterval");
        interval.setPrefColumnCount(5);
        broadcast.setId("udpSenderBroadcast");
        sequence.setId("udpSenderSequence");
        LazyTooltip.install(sequence, "Start each datagram with a " + SequenceStamp.BYTES + "-byte sequence stamp "
                + "(its number and send time) before the message, so a receiver measures loss, duplicates, "
                + "reordering and jitter. Numbers run on from 0 across sends from the same source port.");
        throughProxy.setId("udpSenderThroughProxy");
        throughProxy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        local.setId("udpSenderLocal");
        local.setPrefColumnCount(8);
        send.setId("udpSenderSend");
        send.getStyleClass().add(Styles.ACCENT);
        stop.setId("udpSenderStop");
        progress.setId("udpSenderProgress");
        progress.setAccessibleText("Progress of the send");
        progress.setPrefWidth(140);
        status.setId("udpSenderStatus");
        status.getStyleClass().add("status-text");
        source.setId("udpSenderSource");
        source.getStyleClass().add("status-text");
    }

    private void layoutParts() {
        GridPane form = Forms.grid();
        Forms.row(form, "Host", Forms.inline(host, Forms.caption("Port", port), port, throughProxy),
                "Where to send. Starting the receiver on the left fills the port in. " + ProxyRoute.TOOLTIP);
        Forms.row(form, "Message", Forms.inline(message, mode),
                "Text with escapes (\\n, \\r, \\t, \\xHH), or hex bytes. "
                        + "At most 65,507 bytes: the most a UDP datagram carries over IPv4.");
        Forms.row(form, "Repeat",
                Forms.inline(count, Forms.caption("times, every (ms)", interval), interval, broadcast),
                "Send the same datagram several times with a pause between. "
                        + "Broadcast allows a broadcast address such as 255.255.255.255.");
        Forms.row(form, "Local address", Forms.inline(local, source),
                "The address the sending socket binds, on an ephemeral port. 0.0.0.0 picks the interface by route.");
        VBox.setVgrow(replies, Priority.ALWAYS);
        getChildren().setAll(title("UDP sender"), form, Rows.of(send, stop, sequence, progress, status), error,
                heading("Replies", replies), replies);
        SendShortcut.install(this, send);
    }

    private void bind() {
        Forms.bindChecked(host, model.hostProperty(), model.checks());
        Forms.bindChecked(port, model.portProperty(), model.checks());
        throughProxy.selectedProperty().bindBidirectional(model.throughProxyProperty());
        throughProxy.disableProperty().bind(model.sendingProperty());
        Forms.bindChecked(message, model.messageProperty(), model.checks());
        mode.valueProperty().bindBidirectional(model.inputModeProperty());
        Forms.bindChecked(count, model.countProperty(), model.checks());
        Forms.bindChecked(interval, model.intervalMillisProperty(), model.checks());
        broadcast.selectedProperty().bindBidirectional(model.broadcastProperty());
        sequence.selectedProperty().bindBidirectional(model.sequenceProperty());
        local.textProperty().bindBidirectional(model.localAddressProperty());
        send.disableProperty().bind(model.sendingProperty());
        stop.disableProperty().bind(model.sendingProperty().not());
        progress.progressProperty().bind(model.progressProperty());
        status.textProperty().bind(model.statusProperty());
        source.textProperty().bind(model.sourceProperty());
        error.textProperty().bind(model.errorProperty());
        send.setOnAction(e -> model.send());
        message.setOnAction(e -> model.send());
        stop.setOnAction(e -> model.stop());
    }
}

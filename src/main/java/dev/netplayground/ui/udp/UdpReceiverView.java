package dev.netplayground.ui.udp;

import atlantafx.base.theme.Styles;
import dev.netplayground.ui.common.DatagramRow;
import dev.netplayground.ui.common.DatagramTable;
import dev.netplayground.ui.common.Forms;
import dev.netplayground.ui.common.InputMode;
import dev.netplayground.ui.common.LazyTooltip;
import dev.netplayground.ui.common.PaneCard;
import dev.netplayground.ui.common.ReplyRulesFields;
import dev.netplayground.ui.common.Rows;
import dev.netplayground.ui.common.StartStop;
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

/** The UDP receiver pane: form, start/stop, live counters, received datagrams, reply. */
public final class UdpReceiverView extends PaneCard {
    private static final String QUALITY_HELP = "Counted since Start, on datagrams that start with a sequence stamp "
            + "(the sender's Sequence box, or load udp --seq), per source, as iperf3 -u does. Lost: numbers up to the "
            + "highest seen that never came (a late one fills its gap). Reordered: arrived after a higher number. "
            + "Jitter: RFC 3550's interarrival jitter, the smoothed change in transit time from one datagram to "
            + "the next.";

    private final UdpReceiverViewModel model;
    private final TextField bind = new TextField();
    private final TextField port = new TextField();
    private final TextField buffer = new TextField();
    private final CheckBox echo = new CheckBox("Echo each datagram back to its source");
    private final TextField group = new TextField();
    private final TextField networkInterface = new TextField();
    private final StartStop startStop;
    private final ReplyRulesFields replies;
    private final Label counters = new Label();
    private final Label quality = new Label();
    private final Label error = Forms.errorLabel("udpReceiverError");
    private final TableView<DatagramRow> table;
    private final Button clear = new Button("Clear");
    private final TextField reply = new TextField();
    private final ChoiceBox<InputMode> replyMode = Forms.choices("Send the reply as", InputMode.values());
    private final Button replyButton = new Button("Reply");

    public UdpReceiverView(UdpReceiverViewModel model) {
        this.model = model;
        this.startStop = new StartStop("udpReceiver", model);
        this.replies = new ReplyRulesFields("udpReceiver", "from the receiver's socket to the datagram's source",
                model.replyByRulesProperty(), model.replyRulesProperty(), model.checks(), startStop.locked());
        this.table = DatagramTable.create("udpReceiverDatagrams", "Received datagrams",
                "Datagrams that arrive show here.", model.datagrams());
        createParts();
        layoutParts();
        bind();
    }

    private void createParts() {
        bind.setId("udpReceiverBind");
        port.setId("udpReceiverPort");
        port.setPrefColumnCount(6);
        buffer.setId("udpReceiverBuffer");
        buffer.setPrefColumnCount(6);
        echo.setId("udpReceiverEcho");
        group.setId("udpReceiverGroup");
        Forms.prompt(group, "none, or e.g. 239.1.2.3");
        networkInterface.setId("udpReceiverInterface");
        Forms.prompt(networkInterface, "default");
        networkInterface.setPrefColumnCount(6);
        counters.setId("udpReceiverCounters");
        counters.getStyleClass().add(Styles.TEXT_BOLD);
        quality.setId("udpReceiverQuality");
        // A line per source: the table below gives up height before a line is hidden.
        quality.setMinHeight(Region.USE_PREF_SIZE);
        LazyTooltip.install(quality, QUALITY_HELP);
        reply.setId("udpReceiverReply");
        Forms.prompt(reply, "Reply to the selected (or last) source");
        replyMode.setId("udpReceiverReplyMode");
        replyButton.setId("udpReceiverReplySend");
        LazyTooltip.install(replyButton,
                "Send from this receiver's socket to the selected datagram's source, or to the last source.");
        clear.setId("udpReceiverClear");
        LazyTooltip.install(clear, "Empties the table. The counters count on until the next Start, "
                + "which clears both.");
        LazyTooltip.install(counters, "Counted since the receiver started. Starting it again clears "
                + "these counters and the table.");
    }

    private void layoutParts() {
        GridPane form = Forms.grid();
        Forms.row(form, "Bind address", Forms.inline(bind, Forms.caption("Port", port), port),
                "Address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every interface "
                        + "(needed for broadcast and multicast). Port 0 picks a free port.");
        Forms.row(form, "Buffer (bytes)", Forms.inline(buffer, echo),
                "How many bytes of each datagram are kept. 1500 is the Ethernet MTU: the largest datagram "
                        + "that crosses a typical network unfragmented. "
                        + "Longer datagrams are cut and reported as truncated.");
        Forms.row(form, "Multicast group",
                Forms.inline(group, Forms.caption("Interface", networkInterface), networkInterface),
                "Join a multicast group (IPv4 224.0.0.0 to 239.255.255.255, or IPv6 ff00::/8 such as ff02::1234) "
                        + "on an interface such as eth0 or lo. Bind to 0.0.0.0 or :: to receive it.");
        form.add(replies.toggle(), 1, form.getRowCount());
        form.add(replies.box(), 1, form.getRowCount());
        HBox replyRow = Rows.of(reply, replyMode, replyButton);
        HBox.setHgrow(reply, Priority.ALWAYS);
        VBox.setVgrow(table, Priority.ALWAYS);
        // On a small screen with quality lines showing, the table shrinks to its header before the reply row is cut.
        table.setMinHeight(0);
        getChildren().setAll(title("UDP receiver"), form, startStop.row(), error, Rows.of(counters, clear), quality,
                table, replyRow);
    }

    private void bind() {
        bind.textProperty().bindBidirectional(model.bindAddressProperty());
        Forms.bindChecked(port, model.portProperty(), model.checks());
        Forms.bindChecked(buffer, model.bufferProperty(), model.checks());
        echo.selectedProperty().bindBidirectional(model.echoProperty());
        group.textProperty().bindBidirectional(model.multicastGroupProperty());
        networkInterface.textProperty().bindBidirectional(model.multicastInterfaceProperty());
        Forms.bindChecked(reply, model.replyProperty(), model.checks());
        replyMode.valueProperty().bindBidirectional(model.replyModeProperty());
        Forms.disableWhile(startStop.locked(), bind, port, buffer, echo, group, networkInterface);
        replyButton.disableProperty().bind(model.runningProperty().not());
        counters.textProperty().bind(model.countersProperty());
        quality.textProperty().bind(model.qualityProperty());
        quality.visibleProperty().bind(model.qualityProperty().isNotEmpty());
        quality.managedProperty().bind(quality.visibleProperty());
        error.textProperty().bind(model.errorProperty());
        table.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, now) -> model.selectedProperty().set(now));
        replyButton.setOnAction(e -> model.reply());
        reply.setOnAction(e -> model.reply());
        clear.setOnAction(e -> model.clear());
    }
}

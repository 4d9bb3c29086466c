package dev.netplayground.ui.conditions;

import dev.netplayground.ui.common.Forms;
import dev.netplayground.ui.common.LazyTooltip;
import dev.netplayground.ui.common.PaneCard;
import dev.netplayground.ui.common.StartStop;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** The Conditions tab's proxy pane: where it listens and relays, Start/Stop, and the conditions, live. */
public final class ConditionsView extends PaneCard {
    private final ConditionsViewModel model;
    private final ChoiceBox<ProxyProtocol> protocol = Forms.choices("Protocol", ProxyProtocol.values());
    private final TextField bind = new TextField();
    private final TextField listenPort = new TextField();
    private final TextField target = new TextField();
    private final TextField seed = new TextField();
    private final StartStop startStop;
    private final Label error = Forms.errorLabel("proxyError");
    private final ChoiceBox<ConditionDirections> directions =
            Forms.choices("Apply the conditions to", ConditionDirections.values());
    private final TextField latency = field("proxyLatency");
    private final TextField jitter = field("proxyJitter");
    private final TextField bandwidth = field("proxyBandwidth");
    private final TextField slice = field("proxySlice");
    private final TextField sliceDelay = field("proxySliceDelay");
    private final TextField resetAfter = field("proxyResetAfter");
    private final TextField cutAfterMillis = field("proxyCutAfterMillis");
    private final CheckBox reset = new CheckBox("Reset (RST)");
    private final CheckBox stall = new CheckBox("Stall");
    private final TextField loss = field("proxyLoss");
    private final TextField burst = field("proxyBurst");
    private final TextField duplicate = field("proxyDuplicate");
    private final TextField reorder = field("proxyReorder");
    private final Button apply = new Button("Apply now");

    public ConditionsView(ConditionsViewModel model) {
        this.model = model;
        this.startStop = new StartStop("proxy", model);
        createParts();
        layoutParts();
        bind();
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(5);
        return field;
    }

    private void createParts() {
        protocol.setId("proxyProtocol");
        bind.setId("proxyBind");
        bind.setPrefColumnCount(8);
        listenPort.setId("proxyListenPort");
        listenPort.setPrefColumnCount(5);
        target.setId("proxyTarget");
        Forms.prompt(target, "host:port, e.g. 127.0.0.1:5000");
        seed.setId("proxySeed");
        seed.setPrefColumnCount(5);
        directions.setId("proxyDirections");
        stall.setId("proxyStall");
        reset.setId("proxyCutReset");
        LazyTooltip.install(reset, "Checked: the cut resets the connection (RST, as a crashed peer does); "
                + "cleared: it closes it (FIN, an orderly close).");
        apply.setId("proxyApply");
        LazyTooltip.install(apply, "Change the running proxy's conditions now: open connections follow "
                + "from their next bytes, datagrams from the next one.");
    }

    private void layoutParts() {
        GridPane where = Forms.grid();
        Forms.row(where, "Proxy", Forms.inline(protocol, Forms.caption("Bind", bind), bind,
                Forms.caption("Port", listenPort), listenPort),
                "TCP relays connections, UDP datagrams. Clients connect to the bind address and port "
                        + "(0 picks a free one).");
        Forms.row(where, "Target", Forms.inline(target, Forms.caption("Seed", seed), seed),
                "The server the proxy relays to. The seed makes a UDP run's losses, copies and reorderings "
                        + "repeat.");
        GridPane conditions = Forms.grid();
        Forms.row(conditions, "Apply to", Forms.inline(directions, apply),
                "Which way the conditions apply: both, or only client to target, or only target to client.");
        Forms.row(conditions, "Latency (ms)", Forms.inline(latency, Forms.caption("± jitter (ms)", jitter), jitter,
                stall), "Added to each chunk (TCP) or datagram (UDP), each way; the jitter varies it by up to "
                        + "that much either way. TCP: Stall holds everything until it is cleared.");
        Forms.row(conditions, "Bandwidth (kB/s)", Forms.inline(bandwidth, Forms.caption("Slice (bytes)", slice), slice,
                Forms.caption("every (ms)", sliceDelay), sliceDelay),
                "TCP: kilobytes (1,000 bytes) per second, 0 for unlimited; data passed on in pieces of at most "
                        + "the slice, this far apart (0: off).");
        Forms.row(conditions, "Cut after (bytes)", Forms.inline(resetAfter, Forms.caption("or (ms)", cutAfterMillis),
                cutAfterMillis, reset),
                "TCP: cut a connection once that many bytes have passed one way, or that long after it was made "
                        + "(0: never; a time applies to connections made from then on).");
        Forms.row(conditions, "Loss (%)", Forms.inline(loss, Forms.caption("in bursts of", burst), burst,
                Forms.caption("Duplicate (%)", duplicate), duplicate, Forms.caption("Reorder (%)", reorder), reorder),
                "UDP, per datagram: dropped (in runs of the burst length, same average), sent twice, "
                        + "or held back until the next one has gone.");
        getChildren().setAll(title("Proxy"), where, startStop.row(), error, title("Conditions"), conditions);
    }

    private void bind() {
        protocol.valueProperty().bindBidirectional(model.protocolProperty());
        bind.textProperty().bindBidirectional(model.bindAddressProperty());
        Forms.bindChecked(listenPort, model.listenPortProperty(), model.checks());
        Forms.bindChecked(target, model.targetProperty(), model.checks());
        seed.textProperty().bindBidirectional(model.seedProperty());
        directions.valueProperty().bindBidirectional(model.directionsProperty());
        ConditionsForm form = model.form();
        Forms.bindChecked(latency, form.latencyProperty(), model.checks());
        Forms.bindChecked(jitter, form.jitterProperty(), model.checks());
        bandwidth.textProperty().bindBidirectional(form.bandwidthProperty());
        slice.textProperty().bindBidirectional(form.sliceProperty());
        sliceDelay.textProperty().bindBidirectional(form.sliceDelayProperty());
        resetAfter.textProperty().bindBidirectional(form.resetAfterProperty());
        cutAfterMillis.textProperty().bindBidirectional(form.cutAfterMillisProperty());
        reset.selectedProperty().bindBidirectional(form.resetProperty());
        stall.selectedProperty().bindBidirectional(form.stallProperty());
        Forms.bindChecked(loss, form.lossProperty(), model.checks());
        burst.textProperty().bindBidirectional(form.burstProperty());
        duplicate.textProperty().bindBidirectional(form.duplicateProperty());
        reorder.textProperty().bindBidirectional(form.reorderProperty());
        BooleanBinding udp = model.protocolProperty().isEqualTo(ProxyProtocol.UDP);
        Forms.disableWhile(startStop.locked(), protocol, bind, listenPort, target);
        Forms.disableWhile(startStop.locked().or(udp.not()), seed);
        Forms.disableWhile(udp, bandwidth, slice, sliceDelay, resetAfter, cutAfterMillis, reset, stall);
        Forms.disableWhile(udp.not(), loss, burst, duplicate, reorder);
        apply.disableProperty().bind(model.runningProperty().not());
        error.textProperty().bind(model.errorProperty());
    }
}

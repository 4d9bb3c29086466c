package dev.netplayground.ui.udp;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.snippet.Kind;
import dev.netplayground.ui.common.CopyAsButton;
import dev.netplayground.ui.common.LazyTab;
import dev.netplayground.ui.fx.FxEventPump;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/** The UDP tab: a receiver on the left, a sender on the right; starting the receiver fills the sender's port. */
public final class UdpTab extends LazyTab {
    private final Engine engine;
    private final Executor fx;
    private UdpReceiverViewModel receiver;
    private UdpSenderViewModel sender;

    /** Light until first shown: the panes are built when the tab is first selected (faster start-up). */
    public UdpTab(Engine engine, FxEventPump pump, Executor fx) {
        super("UDP", "udpTab", pump);
        this.engine = engine;
        this.fx = fx;
    }

    @Override
    protected Node build() {
        this.receiver = new UdpReceiverViewModel(engine, fx);
        this.sender = new UdpSenderViewModel(engine, fx);
        follow(batch -> {
            receiver.onEvents(batch);
            sender.onEvents(batch);
        });
        receiver.datagrams().showWhile(selectedProperty());
        sender.replies().showWhile(selectedProperty());
        receiver.boundPortProperty().addListener((obs, old, port) -> {
            if (port.intValue() > 0) {
                sender.portProperty().set(String.valueOf(port.intValue()));
            }
        });
        SplitPane split = new SplitPane(
                CopyAsButton.over(new UdpReceiverView(receiver), new CopyAsButton("udpReceiverCopyAs",
                        Kind.UDP_RECEIVER, () -> UdpSnippets.of(receiver))),
                CopyAsButton.over(new UdpSenderView(sender),
                        new CopyAsButton("udpSenderCopyAs", Kind.UDP_SENDER, () -> UdpSnippets.of(sender))));
        split.setDividerPositions(0.5);
        return split;
    }

    /** The receiver's view-model, building the tab if it was never shown. FX thread. */
    public UdpReceiverViewModel receiver() {
        ensureBuilt();
        return receiver;
    }

    /** The sender's view-model, building the tab if it was never shown. FX thread. */
    public UdpSenderViewModel sender() {
        ensureBuilt();
        return sender;
    }

    /** Stops the receiver and any send in progress, closes the sender. */
    @Override
    protected void disposeBuilt() {
        receiver.dispose();
        sender.dispose();
    }
}

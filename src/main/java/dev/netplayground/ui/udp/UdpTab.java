package dev.netplayground.ui.udp;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.snippet.Kind;
import dev.netplayground.ui.common.CopyAsButton;
import dev.netplayground.ui.common.TwoPaneTab;
import dev.netplayground.ui.fx.FxEventPump;
import java.util.concurrent.Executor;
import javafx.scene.Node;

/** The UDP tab: a receiver on the left, a sender on the right; starting the receiver fills the sender's port. */
public final class UdpTab extends TwoPaneTab {
    private UdpReceiverViewModel receiver;
    private UdpSenderViewModel sender;

    /** Light until first shown: the panes are built when the tab is first selected (faster start-up). */
    public UdpTab(Engine engine, FxEventPump pump, Executor fx) {
        super("UDP", "udpTab", engine, pump, fx);
    }

    @Override
    protected Node build() {
        receiver = own(new UdpReceiverViewModel(engine(), fx()));
        sender = own(new UdpSenderViewModel(engine(), fx()));
        receiver.showWhile(selectedProperty());
        sender.replies().showWhile(selectedProperty());
        receiver.boundPortProperty().addListener((obs, old, port) -> {
            if (port.intValue() > 0) {
                sender.portProperty().set(String.valueOf(port.intValue()));
            }
        });
        return sideBySide(
                new Side(new UdpReceiverView(receiver), UdpItems.receiver(receiver),
                        new CopyAsButton("udpReceiverCopyAs", Kind.UDP_RECEIVER, () -> UdpSnippets.of(receiver))),
                new Side(new UdpSenderView(sender), UdpItems.sender(sender),
                        new CopyAsButton("udpSenderCopyAs", Kind.UDP_SENDER, () -> UdpSnippets.of(sender))));
    }

    /** The receiver's view-model, building the tab if it was never shown (the Guide drives it). FX thread. */
    public UdpReceiverViewModel receiver() {
        ensureBuilt();
        return receiver;
    }

    /** The sender's view-model, building the tab if it was never shown (the Guide drives it). FX thread. */
    public UdpSenderViewModel sender() {
        ensureBuilt();
        return sender;
    }
}

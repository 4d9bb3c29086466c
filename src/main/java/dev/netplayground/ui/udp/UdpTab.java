package dev.netplayground.ui.udp;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.snippet.Kind;
import dev.netplayground.ui.common.CopyAsButton;
import dev.netplayground.ui.common.EngineTab;
import dev.netplayground.ui.common.ItemPane;
import dev.netplayground.ui.common.ItemPanes;
import dev.netplayground.ui.fx.FxEventPump;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.Node;

/** The UDP tab: a receiver on the left, a sender on the right; starting the receiver fills the sender's port. */
public final class UdpTab extends EngineTab implements ItemPanes.Owner {
    private UdpReceiverViewModel receiver;
    private UdpSenderViewModel sender;
    private List<ItemPane> itemPanes;

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
        UdpReceiverView receiverView = new UdpReceiverView(receiver);
        UdpSenderView senderView = new UdpSenderView(sender);
        itemPanes = List.of(UdpItems.receiver(receiver), UdpItems.sender(sender));
        ItemPanes.mark(receiverView, itemPanes.get(0));
        ItemPanes.mark(senderView, itemPanes.get(1));
        return sideBySide(
                CopyAsButton.over(receiverView, new CopyAsButton("udpReceiverCopyAs",
                        Kind.UDP_RECEIVER, () -> UdpSnippets.of(receiver))),
                CopyAsButton.over(senderView,
                        new CopyAsButton("udpSenderCopyAs", Kind.UDP_SENDER, () -> UdpSnippets.of(sender))));
    }

    @Override
    public List<ItemPane> itemPanes() {
        ensureBuilt();
        return itemPanes;
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

package dev.netplayground.ui.udp;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.ui.common.EngineTab;
import dev.netplayground.ui.fx.FxEventPump;
import java.util.concurrent.Executor;
import javafx.scene.Node;

/** The UDP tab: a receiver on the left, a sender on the right; starting the receiver fills the sender's port. */
public final class UdpTab extends EngineTab {
    /** Light until first shown: the panes are built when the tab is first selected (faster start-up). */
    public UdpTab(Engine engine, FxEventPump pump, Executor fx) {
        super("UDP", "udpTab", engine, pump, fx);
    }

    @Override
    protected Node build() {
        UdpReceiverViewModel receiver = own(new UdpReceiverViewModel(engine(), fx()));
        UdpSenderViewModel sender = own(new UdpSenderViewModel(engine(), fx()));
        receiver.datagrams().showWhile(selectedProperty());
        sender.replies().showWhile(selectedProperty());
        receiver.boundPortProperty().addListener((obs, old, port) -> {
            if (port.intValue() > 0) {
                sender.portProperty().set(String.valueOf(port.intValue()));
            }
        });
        return sideBySide(new UdpReceiverView(receiver), new UdpSenderView(sender));
    }
}

package dev.netplayground.ui.udp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.codec.LineEnding;
import dev.netplayground.store.EndpointPreset;
import dev.netplayground.store.MessageItem;
import dev.netplayground.store.PayloadEncoding;
import dev.netplayground.store.SavedItem;
import dev.netplayground.store.Transport;
import dev.netplayground.testing.PaneModels;
import dev.netplayground.ui.common.InputMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The UDP panes saved as items and loaded back, without a window. */
@Timeout(30)
class UdpItemsTest {
    @RegisterExtension
    final PaneModels panes = new PaneModels();

    @Test
    void theSendersDatagramIsSavedWithItsCountAndInterval() {
        UdpSenderViewModel sender = panes.add(UdpSenderViewModel::new);
        sender.portProperty().set("6000");
        sender.messageProperty().set("ping\\n");
        sender.countProperty().set("3");
        sender.intervalMillisProperty().set("250");

        assertThat(UdpItems.sender(sender).save().get()).isEqualTo(new MessageItem(Transport.UDP, "127.0.0.1", 6000,
                PayloadEncoding.TEXT, "ping\\n", LineEnding.NONE, 3, 250));
    }

    @Test
    void aMessageWithALineEndingLoadsWithTheEndingWrittenOut() {
        UdpSenderViewModel sender = panes.add(UdpSenderViewModel::new);
        UdpItems.sender(sender).load().accept(new MessageItem(Transport.UDP, "10.0.0.2", 9, PayloadEncoding.TEXT,
                "hi", LineEnding.CRLF, 1, 0));
        assertThat(sender.messageProperty().get()).isEqualTo("hi\\r\\n");

        UdpItems.sender(sender).load().accept(new MessageItem(Transport.UDP, "10.0.0.2", 9, PayloadEncoding.HEX,
                "01", LineEnding.LF, 1, 0));
        assertThat(sender.inputModeProperty().get()).isEqualTo(InputMode.HEX);
        assertThat(sender.messageProperty().get()).isEqualTo("01 0A");
    }

    @Test
    void theReceiversSetupRoundTrips() {
        UdpReceiverViewModel receiver = panes.add(UdpReceiverViewModel::new);
        receiver.portProperty().set("6001");
        receiver.bufferProperty().set("9000");
        receiver.echoProperty().set(true);
        receiver.multicastGroupProperty().set("239.1.2.3");
        SavedItem preset = UdpItems.receiver(receiver).save().get();
        assertThat(preset).isEqualTo(new EndpointPreset.UdpReceiver("127.0.0.1", 6001, 9000, true, "239.1.2.3", null,
                null));

        UdpReceiverViewModel other = panes.add(UdpReceiverViewModel::new);
        UdpItems.receiver(other).load().accept(preset);
        assertThat(UdpItems.receiver(other).save().get()).isEqualTo(preset);
    }

    @Test
    void theReceiversReplyRulesRoundTrip() {
        UdpReceiverViewModel receiver = panes.add(UdpReceiverViewModel::new);
        receiver.replyByRulesProperty().set(true);
        receiver.replyRulesProperty().set("PING=>PONG {{seq}}\nhex:01 02=>hex:03");
        EndpointPreset.UdpReceiver preset = (EndpointPreset.UdpReceiver) UdpItems.receiver(receiver).save().get();
        assertThat(preset.replyRules()).hasSize(2);

        UdpReceiverViewModel other = panes.add(UdpReceiverViewModel::new);
        UdpItems.receiver(other).load().accept(preset);
        assertThat(other.replyByRulesProperty().get()).isTrue();
        assertThat(other.replyRulesProperty().get()).isEqualTo("PING=>PONG {{seq}}\nhex:01 02=>hex:03");
        assertThat(UdpItems.receiver(other).save().get()).isEqualTo(preset);
    }
}

package dev.netplayground.ui.udp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.testing.PaneModels;
import dev.netplayground.testing.TestFxThread;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The UDP pane's view-models without a window: the test thread is their FX thread; real sockets. */
@Timeout(30)
class UdpViewModelTest {
    @RegisterExtension
    final PaneModels panes = new PaneModels();
    private final TestFxThread fx = panes.fx();
    private final UdpReceiverViewModel receiver = panes.add(UdpReceiverViewModel::new);
    private final UdpSenderViewModel sender = panes.add(UdpSenderViewModel::new);

    @Test
    void repeatedSendArrivesCountedAndAReplyComesBack() throws Exception {
        receiver.start();
        fx.runUntil(() -> receiver.boundPortProperty().get() > 0, "the receiver to listen");
        sender.portProperty().set(String.valueOf(receiver.boundPortProperty().get()));
        sender.messageProperty().set("tick");
        sender.countProperty().set("3");
        sender.intervalMillisProperty().set("0");
        sender.send();
        fx.runUntil(() -> receiver.datagrams().size() == 3 && !sender.sendingProperty().get(), "3 datagrams");
        assertThat(receiver.datagrams()).allMatch(row -> row.text().equals("tick"));
        assertThat(receiver.countersProperty().get()).startsWith("3 datagrams · 12 bytes · 0 truncated");
        assertThat(sender.statusProperty().get()).isEqualTo("Sent 3 of 3");

        receiver.replyProperty().set("tock");
        receiver.reply();
        fx.runUntil(() -> sender.replies().size() == 1, "the reply");
        assertThat(sender.replies().get(0).text()).isEqualTo("tock");
    }

    @Test
    void aTooShortBufferCountsTheDatagramAsTruncated() throws Exception {
        receiver.bufferProperty().set("4");
        receiver.start();
        fx.runUntil(() -> receiver.boundPortProperty().get() > 0, "the receiver to listen");
        sender.portProperty().set(String.valueOf(receiver.boundPortProperty().get()));
        sender.messageProperty().set("longer than four");
        sender.send();
        fx.runUntil(() -> receiver.datagrams().size() == 1, "the datagram");
        assertThat(receiver.countersProperty().get()).contains("1 truncated");
    }

    private void sendStamped(int count) {
        sender.portProperty().set(String.valueOf(receiver.boundPortProperty().get()));
        sender.messageProperty().set("tick");
        sender.sequenceProperty().set(true);
        sender.countProperty().set(String.valueOf(count));
        sender.intervalMillisProperty().set("0");
        sender.send();
    }

    @Test
    void stampedDatagramsShowTheirQualityPerSourceUntilANewStart() throws Exception {
        assertThat(receiver.qualityProperty().get()).isEmpty();
        receiver.start();
        fx.runUntil(() -> receiver.boundPortProperty().get() > 0, "the receiver to listen");
        sendStamped(4);
        fx.runUntil(() -> receiver.countersProperty().get().startsWith("4 datagrams"), "4 stamped datagrams");
        assertThat(receiver.qualityProperty().get()).matches("127\\.0\\.0\\.1:\\d+: 4 received · 0 lost \\(0\\.0 %\\) "
                + "· 0 duplicated · 0 reordered · jitter \\d+\\.\\d{3} ms");
        assertThat(receiver.countersProperty().get()).as("the stamp is part of each datagram")
                .startsWith("4 datagrams · 96 bytes");

        receiver.stop();
        fx.runUntil(() -> !receiver.runningProperty().get(), "the receiver to stop");
        assertThat(receiver.qualityProperty().get()).contains(" 4 received");
        receiver.start();
        fx.runUntil(() -> receiver.runningProperty().get(), "the receiver to start again");
        assertThat(receiver.qualityProperty().get()).as("a new receiver measures afresh").isEmpty();
    }

    @Test
    void aHiddenPaneLeavesTheQualityAloneAndCatchesUpWhenShown() throws Exception {
        BooleanProperty shown = new SimpleBooleanProperty(false);
        receiver.showWhile(shown);
        receiver.start();
        fx.runUntil(() -> receiver.boundPortProperty().get() > 0, "the receiver to listen");
        sendStamped(2);
        fx.runUntil(() -> receiver.countersProperty().get().startsWith("2 datagrams")
                && receiver.datagrams().heldCount() == 2, "2 datagrams counted and held");
        assertThat(receiver.qualityProperty().get()).isEmpty();
        assertThat(receiver.datagrams()).isEmpty();
        shown.set(true);
        assertThat(receiver.qualityProperty().get()).contains(" 2 received · 0 lost");
        assertThat(receiver.datagrams()).hasSize(2);
    }

    @Test
    void aMessageTooLongForTheStampIsExplained() {
        sender.portProperty().set("9");
        sender.sequenceProperty().set(true);
        sender.messageProperty().set("x".repeat(65_488));
        sender.send();
        assertThat(sender.errorProperty().get()).isEqualTo("With the 20-byte sequence stamp, a message fits one "
                + "datagram up to 65,487 bytes; this one has 65,488.");
        assertThat(sender.sendingProperty().get()).isFalse();
    }

    @Test
    void badInputIsExplainedBeforeAnythingIsSent() {
        sender.portProperty().set("0");
        sender.send();
        assertThat(sender.errorProperty().get()).isNotEmpty();
        assertThat(sender.sendingProperty().get()).isFalse();

        receiver.bufferProperty().set("70000");
        receiver.start();
        assertThat(receiver.errorProperty().get()).contains("Buffer");
        receiver.reply();
        assertThat(receiver.errorProperty().get()).isEqualTo("Start the receiver first.");
    }
}

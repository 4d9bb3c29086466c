package dev.netplayground.ui.udp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.testing.TestFxThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The UDP pane's view-models without a window: the test thread is their FX thread; real sockets. */
@Timeout(30)
class UdpViewModelTest {
    private Engine engine;
    private TestFxThread fx;
    private UdpReceiverViewModel receiver;
    private UdpSenderViewModel sender;

    @BeforeEach
    void setUp() {
        engine = new Engine();
        fx = TestFxThread.on(engine.log(), batch -> {
            receiver.onEvents(batch);
            sender.onEvents(batch);
        });
        receiver = new UdpReceiverViewModel(engine, fx);
        sender = new UdpSenderViewModel(engine, fx);
    }

    @AfterEach
    void tearDown() {
        receiver.dispose();
        sender.dispose();
        engine.close();
    }

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

package dev.netplayground.ui.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netplayground.engine.codec.LineEnding;
import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.store.EndpointPreset;
import dev.netplayground.store.MessageItem;
import dev.netplayground.store.PayloadEncoding;
import dev.netplayground.store.Transport;
import dev.netplayground.testing.PaneModels;
import dev.netplayground.testing.TestFxThread;
import dev.netplayground.ui.common.FramingKind;
import dev.netplayground.ui.common.InputMode;
import dev.netplayground.ui.common.ItemPane;
import dev.netplayground.ui.common.LengthHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The TCP panes saved as items and loaded back, without a window. */
@Timeout(30)
class TcpItemsTest {
    @RegisterExtension
    final PaneModels panes = new PaneModels();
    private final TestFxThread fx = panes.fx();

    @Test
    void theClientsMessageIsSavedAsTypedAndLoadsBack() {
        TcpClientViewModel client = panes.add(TcpClientViewModel::new);
        client.portProperty().set("5000");
        client.inputModeProperty().set(InputMode.HEX);
        client.messageProperty().set("01 02");
        client.lineEndingProperty().set(LineEnding.CRLF);
        ItemPane pane = TcpItems.client(client);

        MessageItem saved = (MessageItem) pane.save().get();
        assertThat(saved).isEqualTo(new MessageItem(Transport.TCP, "127.0.0.1", 5000, PayloadEncoding.HEX, "01 02",
                LineEnding.CRLF, 1, 0));

        TcpClientViewModel other = panes.add(TcpClientViewModel::new);
        assertThat(pane.loads().test(saved)).isTrue();
        TcpItems.client(other).load().accept(saved);
        assertThat(TcpItems.client(other).save().get()).isEqualTo(saved);
        assertThat(pane.loads().test(new MessageItem(Transport.UDP, "127.0.0.1", 1, PayloadEncoding.TEXT, "x",
                LineEnding.NONE, 1, 0))).isFalse();
    }

    @Test
    void aClientWithoutAPortSaysSoAndMarksTheField() {
        TcpClientViewModel client = panes.add(TcpClientViewModel::new);
        assertThatThrownBy(() -> TcpItems.client(client).save().get()).hasMessageContaining("port");
        assertThat(client.checks().invalid(client.portProperty()).get()).isTrue();
    }

    @Test
    void theServersWholeSetupRoundTripsWithItsFramingAndReplyRules() {
        TcpServerViewModel server = panes.add(TcpServerViewModel::new);
        server.portProperty().set("7000");
        server.modelProperty().set(ConcurrencyModel.NIO);
        server.echoProperty().set(false);
        server.framing().kindProperty().set(FramingKind.LENGTH);
        server.framing().lengthHeaderProperty().set(LengthHeader.FOUR_LE);
        server.framing().countsHeaderProperty().set(true);
        server.replyByRulesProperty().set(true);
        server.replyRulesProperty().set("PING=>PONG {{seq}}\nre:^GET=>hex:4F 4B");

        EndpointPreset.TcpServer preset = (EndpointPreset.TcpServer) TcpItems.server(server).save().get();
        assertThat(preset.framing()).isEqualTo("length:4:le:incl");
        assertThat(preset.replyRules()).hasSize(2);

        TcpServerViewModel other = panes.add(TcpServerViewModel::new);
        TcpItems.server(other).load().accept(preset);
        assertThat(other.framing().lengthHeaderProperty().get()).isEqualTo(LengthHeader.FOUR_LE);
        assertThat(other.replyRulesProperty().get()).isEqualTo("PING=>PONG {{seq}}\nre:^GET=>hex:4F 4B");
        assertThat(TcpItems.server(other).save().get()).isEqualTo(preset);
    }

    @Test
    void aRunningServerRefusesAPresetUntilItStops() throws Exception {
        TcpServerViewModel server = panes.add(TcpServerViewModel::new);
        EndpointPreset.TcpServer preset = (EndpointPreset.TcpServer) TcpItems.server(server).save().get();
        server.start();
        fx.runUntil(() -> server.runningProperty().get(), "the server");
        assertThatThrownBy(() -> TcpItems.server(server).load().accept(preset))
                .hasMessage("Stop the TCP server first: its setup is locked while it runs.");
    }
}

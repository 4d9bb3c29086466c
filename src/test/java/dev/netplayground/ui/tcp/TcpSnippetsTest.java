package dev.netplayground.ui.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netplayground.engine.codec.LineEnding;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.snippet.SnippetSetup;
import dev.netplayground.testing.PaneModels;
import dev.netplayground.testing.TestFxThread;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Copy as…" takes the TCP panes' setup as they show it: a running server's real port, the client's ending. */
@Timeout(30)
class TcpSnippetsTest {
    @RegisterExtension
    final PaneModels panes = new PaneModels();
    private final Engine engine = panes.engine();
    private final TestFxThread fx = panes.fx();
    private final TcpServerViewModel server = panes.add(new TcpServerViewModel(engine, fx));
    private final TcpClientViewModel client = panes.add(new TcpClientViewModel(engine, fx));

    @Test
    void aRunningServerGivesItsRealPortAndItsEcho() throws Exception {
        server.portProperty().set("0");
        server.echoProperty().set(true);
        server.start();
        fx.runUntil(() -> server.runningProperty().get(), "the server");

        SnippetSetup setup = TcpSnippets.of(server);
        assertThat(setup.port()).isPositive().isEqualTo(server.boundPortProperty().get());
        assertThat(setup.host()).isEqualTo("127.0.0.1");
        assertThat(setup.echo()).isTrue();
    }

    @Test
    void theClientGivesWhatItsFieldsSay() {
        client.hostProperty().set(" localhost ");
        client.portProperty().set("4242");
        client.lineEndingProperty().set(LineEnding.CRLF);

        SnippetSetup setup = TcpSnippets.of(client);
        assertThat(setup.host()).isEqualTo("localhost");
        assertThat(setup.port()).isEqualTo(4242);
        assertThat(setup.lineEnding()).isEqualTo(LineEnding.CRLF);
    }

    @Test
    void aFieldWithoutAValueIsExplainedAsTheFormExplainsIt() {
        client.portProperty().set("70000");
        assertThatThrownBy(() -> TcpSnippets.of(client)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("70000");
        client.portProperty().set("4242");
        client.lineEndingProperty().set(LineEnding.NONE);
        assertThatThrownBy(() -> TcpSnippets.of(client))
                .hasMessage("a client that sends lines needs a line ending: LF or CRLF");
    }
}

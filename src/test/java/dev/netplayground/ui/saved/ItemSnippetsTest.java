package dev.netplayground.ui.saved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netplayground.engine.codec.LineEnding;
import dev.netplayground.engine.tcp.ConcurrencyModel;
import dev.netplayground.snippet.Kind;
import dev.netplayground.snippet.Lang;
import dev.netplayground.snippet.Snippets;
import dev.netplayground.store.EndpointPreset;
import dev.netplayground.store.HttpBody;
import dev.netplayground.store.HttpRequestItem;
import dev.netplayground.store.MessageItem;
import dev.netplayground.store.PayloadEncoding;
import dev.netplayground.store.SequenceItem;
import dev.netplayground.store.Transport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Copy as…" of a saved item: the program of the item's endpoint, set up as the item says. */
class ItemSnippetsTest {
    @Test
    void aTcpMessageWritesAClientToItsHostAndPortWithItsLineEnding() {
        MessageItem hello = new MessageItem(Transport.TCP, "10.0.0.7", 5000, PayloadEncoding.TEXT, "hi",
                LineEnding.CRLF, 1, 0);
        assertThat(ItemSnippets.kindOf(hello)).contains(Kind.TCP_CLIENT);
        assertThat(ItemSnippets.setup(hello)).satisfies(setup -> {
            assertThat(setup.host()).isEqualTo("10.0.0.7");
            assertThat(setup.port()).isEqualTo(5000);
            assertThat(setup.lineEnding()).isEqualTo(LineEnding.CRLF);
        });
    }

    @Test
    void aServerPresetKeepsItsEchoAndAPostItsBody() {
        EndpointPreset server = new EndpointPreset.TcpServer("0.0.0.0", 7000, ConcurrencyModel.NIO, true, 65536, 10,
                null, null);
        assertThat(Snippets.generate(Lang.JAVA, ItemSnippets.setup(server))).contains("7000");
        assertThat(ItemSnippets.setup(server).echo()).isTrue();

        HttpRequestItem post = new HttpRequestItem("POST", "http://127.0.0.1:3031/data", List.of(),
                new HttpBody.DataForm(9, false), null);
        assertThat(Snippets.generate(Lang.CURL, ItemSnippets.setup(post)))
                .contains("127.0.0.1:3031", "{\"number\":9,\"boolean\":false}");
    }

    @Test
    void whatNoProgramCanBeWrittenForIsSaidInOneSentence() {
        assertThatThrownBy(() -> ItemSnippets.setup(new HttpRequestItem("GET", "http://h/x", List.of(), null, null)))
                .hasMessage("The generated HTTP clients send POST requests, and this one is a GET; use Copy as curl in "
                        + "the HTTP tab instead.");
        SequenceItem sequence = new SequenceItem(List.of("a"), 0);
        assertThat(ItemSnippets.kindOf(sequence)).isEmpty();
        assertThatThrownBy(() -> ItemSnippets.setup(sequence)).hasMessageStartingWith("A sequence has no program");
    }
}

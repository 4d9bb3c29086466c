package dev.netplayground.snippet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netplayground.engine.codec.LineEnding;
import org.junit.jupiter.api.Test;

class SnippetsTest {
    @Test
    void everyLanguageWritesEveryKindItSupportsWithAllPlaceholdersFilled() {
        int written = 0;
        for (Lang lang : Lang.values()) {
            for (Kind kind : Kind.values()) {
                if (!Snippets.supports(lang, kind)) {
                    continue;
                }
                for (boolean async : lang == Lang.RUST ? new boolean[] {false, true} : new boolean[] {false}) {
                    String program = Snippets.generate(lang, SnippetSetup.of(kind).withAsync(async));
                    assertThat(program).as("%s %s", lang, kind).doesNotContainPattern("@[A-Z_]+@")
                            .contains(Integer.toString(kind.defaultPort()));
                    written++;
                }
            }
        }
        assertThat(written).isEqualTo(6 * 2 + 6 + 6 + 1 + 4);
    }

    @Test
    void asyncRustUsesTokioAndPlainRustDoesNot() {
        SnippetSetup server = SnippetSetup.of(Kind.TCP_SERVER);
        assertThat(Snippets.generate(Lang.RUST, server.withAsync(true))).contains("#[tokio::main]", "tokio::spawn");
        assertThat(Snippets.generate(Lang.RUST, server)).doesNotContain("tokio").contains("thread::spawn");
    }

    @Test
    void theSetupGoesIntoTheProgram() {
        SnippetSetup setup = SnippetSetup.of(Kind.TCP_CLIENT).withAddress("::1", 4242).withLineEnding(LineEnding.CRLF);
        assertThat(Snippets.generate(Lang.JAVA, setup)).contains("HOST = \"::1\"", "PORT = 4242",
                "LINE_ENDING = \"\\r\\n\"");
        assertThat(Snippets.generate(Lang.NCAT, setup)).contains("ncat --crlf '::1' 4242");
        assertThat(Snippets.generate(Lang.CURL, SnippetSetup.of(Kind.HTTP_POST).withAddress("::1", 3030)))
                .contains("'http://[::1]:3030/data'");
    }

    @Test
    void echoOnlyForServersThatCanEcho() {
        assertThatThrownBy(() -> SnippetSetup.of(Kind.TCP_CLIENT).withEcho(true))
                .hasMessage("--echo is for tcp-server and udp-receiver, not tcp-client");
        assertThat(Snippets.generate(Lang.PYTHON, SnippetSetup.of(Kind.UDP_RECEIVER).withEcho(true)))
                .contains("ECHO = True");
    }

    @Test
    void refusesWhatALanguageCannotWriteWithASentence() {
        assertThatThrownBy(() -> Snippets.generate(Lang.CURL, SnippetSetup.of(Kind.TCP_SERVER)))
                .hasMessage("curl writes the HTTP client only (http-post); use --lang ncat for TCP and UDP");
        assertThatThrownBy(() -> Snippets.generate(Lang.NCAT, SnippetSetup.of(Kind.HTTP_SERVER)))
                .hasMessageStartingWith("ncat writes TCP and UDP programs");
        assertThatThrownBy(() -> Snippets.generate(Lang.JAVA, SnippetSetup.of(Kind.TCP_SERVER).withAsync(true)))
                .hasMessage("--async picks tokio in Rust; Java has one form only (each client gets a virtual thread)");
    }

    @Test
    void refusesAHostAProgramOrAShellCouldMisread() {
        assertThatThrownBy(() -> SnippetSetup.of(Kind.TCP_CLIENT).withAddress("a'; rm -rf ~", 1))
                .hasMessageStartingWith("invalid host 'a'; rm -rf ~'");
        assertThatThrownBy(() -> SnippetSetup.of(Kind.TCP_CLIENT).withAddress("localhost", 65_536))
                .hasMessage("invalid port 65536: expected 0 to 65535");
    }
}

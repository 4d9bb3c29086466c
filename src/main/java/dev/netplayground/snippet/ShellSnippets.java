package dev.netplayground.snippet;

import dev.netplayground.engine.codec.LineEnding;
import java.util.Map;

/** Shell scripts: curl for the HTTP client; ncat for TCP and socat for UDP. */
final class ShellSnippets {
    private ShellSnippets() {}

    static String write(Lang lang, SnippetSetup setup) {
        if (!Snippets.supports(lang, setup.kind())) {
            throw new IllegalArgumentException(lang == Lang.CURL
                    ? "curl writes the HTTP client only (http-post); use --lang ncat for TCP and UDP"
                    : "ncat writes TCP and UDP programs; use --lang curl for http-post, or rust, java or python");
        }
        String name = setup.kind().cliName() + (setup.echo() ? "-echo" : "");
        boolean crlf = setup.lineEnding() == LineEnding.CRLF;
        return Template.fill("shell/" + name + ".sh.tmpl", Map.of(
                "HOST", Literals.shell(setup.host()),
                "PORT", Integer.toString(setup.port()),
                "ADDRESS", Literals.shell(setup.hostForUrl() + ":" + setup.port()),
                "CRLF", crlf ? " --crlf" : "",
                "CRLF_NOTE", crlf ? ", each ended by CRLF," : "",
                "URL", Literals.shell(Snippets.url(setup)),
                "BODY", Literals.shell(setup.body())));
    }
}

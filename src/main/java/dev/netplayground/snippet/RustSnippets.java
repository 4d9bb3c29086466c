package dev.netplayground.snippet;

import dev.netplayground.engine.codec.LineEnding;
import java.util.Map;

/** Rust programs: std::net with a thread per client, or tokio with a task per client; hyper and reqwest for HTTP. */
final class RustSnippets {
    private RustSnippets() {}

    static String write(SnippetSetup setup) {
        // hyper is async whatever the setup says: the HTTP server has one form.
        String variant = setup.async() && setup.kind() != Kind.HTTP_SERVER ? "-async" : "";
        return Template.fill("rust/" + setup.kind().cliName() + variant + ".rs.tmpl", Map.of(
                "HOST", Literals.rust(setup.host()),
                "PORT", Integer.toString(setup.port()),
                "LOCAL", Literals.rust(setup.anyLocalAddress()),
                "ECHO", Boolean.toString(setup.echo()),
                "LINE_ENDING", Literals.rust(setup.lineEnding() == LineEnding.CRLF ? "\r\n" : "\n"),
                "URL", Literals.rust(Snippets.url(setup)),
                "BODY", Literals.rust(setup.body())));
    }
}

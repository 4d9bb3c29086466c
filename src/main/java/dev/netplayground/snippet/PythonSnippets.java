package dev.netplayground.snippet;

import dev.netplayground.engine.codec.LineEnding;
import java.util.Map;

/** Python 3.8+ programs: socket with a thread per client, http.server and urllib. */
final class PythonSnippets {
    private PythonSnippets() {}

    static String write(SnippetSetup setup) {
        return Template.fill("python/" + setup.kind().cliName() + ".py.tmpl", Map.of(
                "HOST", Literals.python(setup.host()),
                "PORT", Integer.toString(setup.port()),
                "ECHO", setup.echo() ? "True" : "False",
                "LINE_ENDING", setup.lineEnding() == LineEnding.CRLF ? "b\"\\r\\n\"" : "b\"\\n\"",
                "URL", Literals.python(Snippets.url(setup)),
                "BODY", Literals.python(setup.body())));
    }
}

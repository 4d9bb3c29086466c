package dev.netplayground.cli;

import dev.netplayground.engine.codec.LineEnding;
import dev.netplayground.engine.http.Data;
import dev.netplayground.engine.http.DataJson;
import dev.netplayground.snippet.Kind;
import dev.netplayground.snippet.Lang;
import dev.netplayground.snippet.SnippetSetup;
import dev.netplayground.snippet.Snippets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code snippet}: prints a complete program for an endpoint. Every value is checked by
 * {@link Converters}, so a bad one gives one sentence on stderr and exit code 2.
 */
@Command(
        name = "snippet",
        mixinStandardHelpOptions = true,
        description = {
            "Print a complete program that does what an endpoint does, ready to save and run:",
            "clients send each line of stdin and print what comes back; servers print what they receive."
        })
final class SnippetCommand extends IoCommand {
    @Option(names = "--lang", required = true, converter = Converters.SnippetLanguage.class,
            description = "rust, java, python, curl (http-post) or ncat (TCP and UDP; UDP with socat).")
    Lang lang;

    @Option(names = "--for", required = true, converter = Converters.SnippetProgram.class,
            description = "tcp-server, tcp-client, udp-receiver, udp-sender, http-server or http-post.")
    Kind kind;

    @Option(names = "--async", description = "Rust only: tokio with a task per client instead of threads.")
    boolean async;

    @Option(names = "--host", defaultValue = SnippetSetup.DEFAULT_HOST, converter = Converters.ProgramHost.class,
            description = "Where servers listen and clients connect (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", converter = Converters.ProgramPort.class,
            description = "The port (default: 8080 for TCP, 8081 for UDP, 3030 for HTTP).")
    Integer port;

    @Option(names = "--echo", description = "tcp-server and udp-receiver send back what they receive.")
    boolean echo;

    @Option(names = "--line-ending", defaultValue = "lf", converter = Converters.LineEndingName.class,
            description = "tcp-client: what ends each line it sends, lf or crlf (default: ${DEFAULT-VALUE}).")
    LineEnding lineEnding;

    @Option(names = {"-n", "--number"}, converter = Converters.U32.class,
            description = "http-post: the Data's number, 0 to 4294967295.")
    Long number;

    @Option(names = {"-B", "--boolean"}, converter = Converters.Bool.class,
            description = "http-post: the Data's boolean, true or false.")
    String bool;

    @Option(names = "--json", description = "http-post: send this text as the body instead of a Data.")
    String json;

    @Override
    public Integer call() {
        try {
            SnippetSetup setup = SnippetSetup.of(kind)
                    .withAddress(host, port == null ? kind.defaultPort() : port)
                    .withAsync(async)
                    .withEcho(echo)
                    .withLineEnding(lineEnding)
                    .withBody(body());
            io().out().print(Snippets.generate(lang, setup));
            io().out().flush();
            return 0;
        } catch (IllegalArgumentException e) {
            io().err().println("error: " + e.getMessage());
            return 2;
        }
    }

    private String body() {
        boolean fields = number != null || bool != null;
        if ((fields || json != null) && kind != Kind.HTTP_POST) {
            throw new IllegalArgumentException("--number, --boolean and --json are for http-post only");
        }
        if (fields && json != null) {
            throw new IllegalArgumentException("give --number and --boolean, or --json, not both");
        }
        if (json != null) {
            return json;
        }
        if (!fields) {
            return SnippetSetup.DEFAULT_BODY;
        }
        if (number == null || bool == null) {
            throw new IllegalArgumentException("--number and --boolean go together");
        }
        return DataJson.toJson(new Data(number, Boolean.parseBoolean(bool)));
    }
}

package dev.netplayground.cli;

import dev.netplayground.engine.codec.LineEnding;
import dev.netplayground.engine.http.Data;
import dev.netplayground.engine.http.DataJson;
import dev.netplayground.snippet.Kind;
import dev.netplayground.snippet.Lang;
import dev.netplayground.snippet.SnippetSetup;
import dev.netplayground.snippet.Snippets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code snippet}: prints a complete program for an endpoint. Values are taken as text and checked
 * here, so a bad one gives one sentence on stderr and exit code 2.
 */
@Command(
        name = "snippet",
        mixinStandardHelpOptions = true,
        description = {
            "Print a complete program that does what an endpoint does, ready to save and run:",
            "clients send each line of stdin and print what comes back; servers print what they receive."
        })
final class SnippetCommand implements Callable<Integer> {
    private final CliIo io;

    @Option(names = "--lang", required = true, description = "rust, java, python, curl (http-post) or ncat "
            + "(TCP and UDP; UDP with socat).")
    String lang;

    @Option(names = "--for", required = true, description = "tcp-server, tcp-client, udp-receiver, udp-sender, "
            + "http-server or http-post.")
    String kind;

    @Option(names = "--async", description = "Rust only: tokio with a task per client instead of threads.")
    boolean async;

    @Option(names = "--host", defaultValue = SnippetSetup.DEFAULT_HOST,
            description = "Where servers listen and clients connect (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", description = "The port (default: 8080 for TCP, 8081 for UDP, 3030 for HTTP).")
    String port;

    @Option(names = "--echo", description = "tcp-server and udp-receiver send back what they receive.")
    boolean echo;

    @Option(names = "--line-ending", defaultValue = "lf",
            description = "tcp-client: what ends each line it sends, lf or crlf (default: ${DEFAULT-VALUE}).")
    String lineEnding;

    @Option(names = {"-n", "--number"}, description = "http-post: the Data's number, 0 to 4294967295.")
    String number;

    @Option(names = {"-B", "--boolean"}, description = "http-post: the Data's boolean, true or false.")
    String bool;

    @Option(names = "--json", description = "http-post: send this text as the body instead of a Data.")
    String json;

    SnippetCommand(CliIo io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        try {
            Lang language = Lang.fromName(lang);
            Kind program = Kind.fromName(kind);
            SnippetSetup setup = SnippetSetup.of(program)
                    .withAddress(host, port == null ? program.defaultPort() : parsePort(port))
                    .withAsync(async)
                    .withEcho(echo)
                    .withLineEnding(parseLineEnding(lineEnding))
                    .withBody(body(program));
            io.out().print(Snippets.generate(language, setup));
            io.out().flush();
            return 0;
        } catch (IllegalArgumentException e) {
            io.err().println("error: " + e.getMessage());
            return 2;
        }
    }

    private String body(Kind program) {
        boolean fields = number != null || bool != null;
        if ((fields || json != null) && program != Kind.HTTP_POST) {
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
        return DataJson.toJson(new Data(parseNumber(number), parseBoolean(bool)));
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid port '" + text + "': expected 0 to 65535");
        }
    }

    private static long parseNumber(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid number '" + text + "': expected 0 to 4294967295");
        }
    }

    private static boolean parseBoolean(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("invalid boolean '" + text + "': expected true or false");
        };
    }

    private static LineEnding parseLineEnding(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "lf" -> LineEnding.LF;
            case "crlf" -> LineEnding.CRLF;
            default -> throw new IllegalArgumentException("invalid line ending '" + text + "': expected lf or crlf");
        };
    }
}

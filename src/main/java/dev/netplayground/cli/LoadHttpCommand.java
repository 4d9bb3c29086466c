package dev.netplayground.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.load.HttpLoadConfig;
import dev.netplayground.engine.load.HttpLoadResult;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code load http}: keep-alive connections send requests to a URL and time the responses, as wrk does. */
@Command(
        name = "http",
        mixinStandardHelpOptions = true,
        description = {
            "Open N keep-alive HTTP/1.1 connections to a URL; each sends a request, reads the response, sends the "
                    + "next.",
            "Prints requests/s, latency p50/p90/p99/p99.9/max, responses by status and errors by kind;",
            "--json prints the same as one JSON object. Exit code 1 when any request failed.",
            "With --rate, requests go out at that total rate and each latency counts from when its request was "
                    + "due, so a server that stalls shows its stall (as wrk2 does)."
        })
final class LoadHttpCommand extends IoCommand {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Spec
    CommandSpec spec;

    @Option(names = {"-u", "--url"}, required = true, converter = Converters.WebUrl.class,
            description = "What to request, e.g. http://127.0.0.1:3030/data.")
    URI url;

    @Option(names = {"-X", "--method"}, converter = Converters.HttpMethod.class,
            description = "Request method (default: GET, or POST with a body).")
    String method;

    @Option(names = {"-H", "--header"}, converter = Converters.HeaderLine.class,
            description = "A header to send with every request, as 'Name: value'; repeat for more.")
    List<String> headers = new ArrayList<>();

    @ArgGroup(exclusive = true)
    Body body;

    static final class Body {
        @Option(names = "--body", required = true, description = "Send this text (UTF-8) as every request's body.")
        String text;

        @Option(names = "--data-file", required = true, converter = Converters.FilePath.class,
                description = "Send this file's bytes as every request's body.")
        Path file;
    }

    @Option(names = {"-c", "--connections"}, defaultValue = "10", converter = Converters.Clients.class,
            description = "Concurrent connections, 1 to 10000 (default: ${DEFAULT-VALUE}).")
    int connections;

    @Mixin
    LoadRunOptions run = new LoadRunOptions();

    @Option(names = {"-r", "--rate"}, defaultValue = "0", converter = Converters.RequestRate.class,
            description = "Requests per second in all; 0 sends each next request as soon as its response is in "
                    + "(default).")
    double rate;

    @Override
    public Integer call() throws InterruptedException, ExecutionException {
        if (!"http".equalsIgnoreCase(url.getScheme())) {
            throw new ParameterException(spec.commandLine(),
                    "'--url' must be http://: load http speaks plain HTTP/1.1, not TLS.");
        }
        KnownHosts.require(url.getHost());
        byte[] content = bodyBytes();
        String verb = method != null ? method : content.length > 0 ? "POST" : "GET";
        HttpLoadResult result;
        try (Engine engine = new Engine()) {
            result = engine.startHttpLoad(new HttpLoadConfig(url.getHost(), port(), verb, target(), headers,
                    content, connections, run.duration, rate, TIMEOUT)).done().get();
        } catch (IOException e) {
            throw new CommandFailure(e.getMessage());
        }
        if (result.requests() == 0 && result.errorCount() > 0) {
            throw new CommandFailure(nothingAnswered(result));
        }
        run.print(io().out(), result, r -> new ObjectMapper().valueToTree(r.figures()).toString(),
                HttpLoadResult::summary);
        if (result.errorCount() > 0) {
            throw new CommandFailure(failures(result));
        }
        return 0;
    }

    private int port() {
        return url.getPort() == -1 ? 80 : url.getPort();
    }

    private String target() {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    private byte[] bodyBytes() {
        if (body == null) {
            return new byte[0];
        }
        if (body.text != null) {
            return body.text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Files.readAllBytes(body.file);
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + body.file + ": " + e.getMessage());
        }
    }

    /** For example "no response from 127.0.0.1:9: refused 20 times; is a server listening there?" */
    private String nothingAnswered(HttpLoadResult result) {
        Map.Entry<String, Long> most = result.errors().entrySet().stream().max(Map.Entry.comparingByValue())
                .orElseThrow();
        return String.format(Locale.ROOT, "no response from %s:%d in %.1f s: %s %,d times%s", url.getHost(), port(),
                result.seconds(), most.getKey(), most.getValue(),
                most.getKey().equals("refused") ? "; is a server listening there?" : ".");
    }

    /** For example "3 requests failed: reset 2, timeout 1." */
    private static String failures(HttpLoadResult result) {
        String kinds = result.errors().entrySet().stream()
                .map(kind -> kind.getKey() + " " + kind.getValue())
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%,d requests failed: %s.", result.errorCount(), kinds);
    }
}

package dev.netplayground.cli;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.http.Data;
import dev.netplayground.engine.http.DataJson;
import dev.netplayground.engine.http.HttpResult;
import dev.netplayground.engine.tls.ClientTls;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code http-post}: POSTs a Data (or any JSON text) and prints the answer. */
@Command(
        name = "http-post",
        mixinStandardHelpOptions = true,
        description = {
            "POST a Data as JSON (or any text with --json) and print the response body.",
            "On a non-2xx answer, the status and body go to stderr and the exit code is 1.",
            "An https:// URL (or --tls) speaks TLS; each request's TLS facts go to stderr."
        })
final class HttpPostCommand extends IoCommand {
    @Option(names = {"-u", "--url"}, required = true, converter = Converters.WebUrl.class,
            description = "Where to POST, e.g. http://127.0.0.1:3030/data (with --tls, sent as https://).")
    URI url;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Body body;

    static final class Body {
        @ArgGroup(exclusive = false)
        Fields fields;

        @Option(names = "--json", required = true, description = "Send this text as the body, valid JSON or not.")
        String json;
    }

    static final class Fields {
        @Option(names = {"-n", "--number"}, required = true, converter = Converters.U32.class,
                description = "The Data's number: 0 to 4294967295.")
        long number;

        @Option(names = {"-B", "--boolean"}, required = true, converter = Converters.Bool.class,
                description = "The Data's boolean: true or false.")
        String bool;
    }

    @Option(names = "--timeout", defaultValue = "10000", converter = Converters.TimeoutMillis.class,
            description = "Give up after this many ms (default: ${DEFAULT-VALUE}).")
    int timeoutMillis;

    @Mixin
    TlsClientOptions tls = new TlsClientOptions();

    @Override
    public Integer call() throws InterruptedException {
        KnownHosts.require(url.getHost());
        boolean https = "https".equalsIgnoreCase(url.getScheme());
        ClientTls clientTls = tls.build(https, "--tls or an https:// URL");
        String target = clientTls != null && !https ? "https" + url.toString().substring(url.getScheme().length())
                : url.toString();
        String json = body.json != null ? body.json
                : DataJson.toJson(new Data(body.fields.number, Boolean.parseBoolean(body.fields.bool)));
        try (Engine engine = new Engine()) {
            EventConsole console = new EventConsole(io().err(), EventKind.SECURED);
            engine.log().subscribe(console);
            CompletableFuture<HttpResult> answer = engine.createDataClient()
                    .post(target, json, Duration.ofMillis(timeoutMillis), clientTls);
            console.pumpUntil(answer::isDone);
            HttpResult result = answer.get();
            if (result.isCut()) {
                io().err().printf("note: the answer's body was cut after its first %,d bytes%n", result.cutAt());
            }
            if (result.isSuccess()) {
                io().out().println(result.body());
                return 0;
            }
            io().err().println(result.statusLine());
            io().err().println(result.body());
            return 1;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException failure) {
                throw new CommandFailure(failure.getMessage());
            }
            throw new IllegalStateException("the request failed unexpectedly", e.getCause());
        }
    }
}

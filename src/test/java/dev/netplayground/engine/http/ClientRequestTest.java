package dev.netplayground.engine.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.testing.EngineExtension;
import dev.netplayground.testing.RecordingHttpServer;
import dev.netplayground.testing.RecordingHttpServer.Recorded;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The general request API: any method, headers, bodies from memory or a file, basic and bearer auth. */
@Timeout(30)
class ClientRequestTest {
    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void putSendsItsHeadersBodyAndBasicAuthorization() throws Exception {
        try (RecordingHttpServer server = new RecordingHttpServer()) {
            ClientRequest put = new ClientRequest("put", server.url("/things/1"),
                    List.of(new HttpHeader("Content-Type", "text/plain"), new HttpHeader("X-Trace", "7")),
                    new RequestContent.Bytes("hi".getBytes(StandardCharsets.UTF_8)),
                    new HttpAuth.Basic("ada", "pw"), TIMEOUT);
            HttpResult result = engine.createDataClient().send(put).get(20, TimeUnit.SECONDS);
            Recorded request = server.next();

            assertThat(result.status()).isEqualTo(200);
            assertThat(result.body()).isEqualTo("ok");
            assertThat(request.requestLine()).isEqualTo("PUT /things/1 HTTP/1.1");
            assertThat(request.field("X-Trace")).isEqualTo("7");
            assertThat(request.field("Content-Type")).isEqualTo("text/plain");
            assertThat(request.field("Authorization")).isEqualTo("Basic YWRhOnB3");
            assertThat(request.bodyText()).isEqualTo("hi");
        }
    }

    @Test
    void getWithBearerTokenSendsNoBody() throws Exception {
        try (RecordingHttpServer server = new RecordingHttpServer()) {
            engine.createDataClient().send(new ClientRequest("GET", server.url("/me"), List.of(), null,
                    new HttpAuth.Bearer("t0k"), TIMEOUT)).get(20, TimeUnit.SECONDS);
            Recorded request = server.next();

            assertThat(request.requestLine()).isEqualTo("GET /me HTTP/1.1");
            assertThat(request.field("Authorization")).isEqualTo("Bearer t0k");
            assertThat(request.field("Content-Length")).isNull();
        }
    }

    @Test
    void deleteAndTheBodyOfAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("payload.bin");
        Files.write(file, new byte[] {0, (byte) 0xFF, 'x'});
        try (RecordingHttpServer server = new RecordingHttpServer()) {
            DataClient client = engine.createDataClient();
            client.send(new ClientRequest("DELETE", server.url("/things/1"), List.of(), null, null, TIMEOUT))
                    .get(20, TimeUnit.SECONDS);
            assertThat(server.next().requestLine()).isEqualTo("DELETE /things/1 HTTP/1.1");

            client.send(new ClientRequest("PUT", server.url("/upload"), List.of(), new RequestContent.FromFile(file),
                    null, TIMEOUT)).get(20, TimeUnit.SECONDS);
            assertThat(server.next().body()).containsExactly(0, 0xFF, 'x');
        }
    }

    @Test
    void postKeepsItsJsonContentType() throws Exception {
        try (RecordingHttpServer server = new RecordingHttpServer()) {
            engine.createDataClient().post(server.url("/data"), "{}", TIMEOUT).get(20, TimeUnit.SECONDS);
            Recorded request = server.next();

            assertThat(request.requestLine()).isEqualTo("POST /data HTTP/1.1");
            assertThat(request.field("Content-Type")).isEqualTo("application/json; charset=utf-8");
            assertThat(request.bodyText()).isEqualTo("{}");
        }
    }

    @Test
    void requestsThatCannotBeSentSaySoInOneSentence(@TempDir Path dir) {
        DataClient client = engine.createDataClient();
        String url = "http://127.0.0.1:9/x";
        assertThatThrownBy(() -> client.send(new ClientRequest("GET", url, List.of(),
                new RequestContent.Bytes(new byte[1]), null, TIMEOUT)).get())
                .isInstanceOf(ExecutionException.class)
                .hasMessageContaining("A GET request cannot carry a body; remove the body or use POST or PUT.");
        assertThatThrownBy(() -> client.send(new ClientRequest("PUT", url, List.of(),
                new RequestContent.FromFile(dir.resolve("missing.bin")), null, TIMEOUT)).get())
                .hasMessageContaining("Cannot read the body file " + dir.resolve("missing.bin"));
        assertThatThrownBy(() -> client.send(new ClientRequest("GET", url,
                List.of(new HttpHeader("X-Name", "caf\u00e9")), null, null, TIMEOUT)).get())
                .hasMessageContaining("The header 'X-Name: caf\u00e9' cannot be sent");
        assertThatThrownBy(() -> new ClientRequest("GE T", url, List.of(), null, null, TIMEOUT))
                .hasMessage("'GE T' is not an HTTP method; use one such as GET or POST.");
    }

    @Test
    void curlShowsMethodHeadersAuthorizationAndBody(@TempDir Path dir) {
        assertThat(DataClient.curl("http://127.0.0.1:3030/data", "{\"it's\": 1}")).isEqualTo(
                "curl -sS -X POST 'http://127.0.0.1:3030/data' -H 'Content-Type: application/json' "
                        + "--data-raw '{\"it'\\''s\": 1}'");
        assertThat(CurlCommand.of(new ClientRequest("PUT", "http://h/x", List.of(new HttpHeader("Accept", "*/*")),
                new RequestContent.FromFile(Path.of("/tmp/a b.bin")), new HttpAuth.Basic("ada", "pw"), TIMEOUT)))
                .isEqualTo("curl -sS -X PUT 'http://h/x' -H 'Accept: */*' -u 'ada:pw' --data-binary '@/tmp/a b.bin'");
        assertThat(CurlCommand.of(new ClientRequest("POST", "http://h/x", List.of(),
                new RequestContent.Bytes(new byte[] {0, (byte) 0xC3}), new HttpAuth.Bearer("t"), TIMEOUT)))
                .isEqualTo("curl -sS -X POST 'http://h/x' --oauth2-bearer 't' --data-binary $'\\x00\\xC3'");
    }
}

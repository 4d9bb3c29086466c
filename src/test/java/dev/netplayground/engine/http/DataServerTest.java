package dev.netplayground.engine.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.testing.ClosedPorts;
import dev.netplayground.testing.EngineExtension;
import dev.netplayground.testing.EventRecorder;
import dev.netplayground.testing.Threads;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The embedded server through real HTTP on loopback: the JDK client for raw requests, ours for the rest. */
@Timeout(60)
class DataServerTest {
    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();
    private final EventRecorder recorder = engines.recorder();
    private DataServer server;
    private final Set<Data> accepted = ConcurrentHashMap.newKeySet();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void setUp() throws Exception {
        server = engine.startDataServer(DataServerConfig.defaults(0).withMaxBodyBytes(256), accepted::add);
    }

    @AfterEach
    void tearDown() {
        http.close();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(server.url() + path)).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void answersAValidDataLikeTheTalk() throws Exception {
        HttpResponse<String> response =
                send(post("/data", "{\"number\": 5, \"boolean\": true}").header("Content-Type", "application/json"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(response.body()).isEqualTo("Received: Data { number: 5, boolean: true }");
        assertThat(accepted).containsExactly(new Data(5, true));
        assertThat(recorder.await(server.id(), EventKind.RECEIVED).message())
                .startsWith("POST /data → 200 in ").endsWith("Received: Data { number: 5, boolean: true }");
    }

    @Test
    void readsABodyWithoutContentTypeAsJsonAsWarpDoes() throws Exception {
        assertThat(send(post("/data", "{\"number\": 7, \"boolean\": false}")).statusCode()).isEqualTo(200);
    }

    @Test
    void rejectsBadBodiesWith400AndKeepsServing() throws Exception {
        String[][] cases = {
            {"{\"number\": -1, \"boolean\": true}", "field `number`: expected an unsigned 32-bit integer"},
            {"{\"number\": \"5\", \"boolean\": true}", "field `number`: expected an unsigned 32-bit integer"},
            {"{\"number\": 5}", "missing field `boolean`"},
            {"{\"number\": 5, \"number\": 5, \"boolean\": true}", "duplicate field `number`"},
            {"{\"number\": 5, \"boolean\"", "the body ends before the ':' after a field name"},
            {"", "The body is empty"},
        };
        for (String[] c : cases) {
            HttpResponse<String> response =
                    send(post("/data", c[0]).header("Content-Type", "application/json; charset=utf-8"));
            assertThat(response.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(response.body()).as(c[0]).contains(c[1]);
        }
        HttpResponse<String> invalidUtf8 = send(HttpRequest.newBuilder(URI.create(server.url() + "/data"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', (byte) 0xFF, '"', ':', '1', '}'})));
        assertThat(invalidUtf8.statusCode()).isEqualTo(400);
        assertThat(invalidUtf8.body()).contains("a field name is not valid UTF-8");
        assertThat(send(post("/data", "{\"number\": 1, \"boolean\": true}")).statusCode()).isEqualTo(200);
        assertThat(recorder.events(server.id(), EventKind.REJECTED)).hasSize(cases.length + 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"number": 4294967296, "boolean": true}   | 4294967296 is out of range
            {"number": 99999999999999999999, "boolean": true} | is out of range
            {"number": 5.0, "boolean": true}          | got a floating-point number
            {"number": null, "boolean": true}         | expected an unsigned 32-bit integer (0 to 4294967295), got null
            {"number": 5, "boolean": "true"}          | field `boolean`: expected true or false, got a string
            {"number": 5, "boolean": 1}               | field `boolean`: expected true or false, got a number
            {"boolean": true}                         | missing field `number`
            {"number": 5, "boolean": true} 7          | trailing characters
            {number: 5}                               | Malformed JSON
            null                                      | got null (line 1, column 1)
            [5]                                       | the array must hold 2 elements, [number, boolean], not 1
            """)
    void everyAcceptanceRuleHoldsOverHttp(String body, String expected) throws Exception {
        HttpResponse<String> response = send(post("/data", body).header("Content-Type", "application/json"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(expected);
        assertThat(accepted).isEmpty();
    }

    @Test
    void rejectsAnotherContentTypeWith415() throws Exception {
        HttpResponse<String> response =
                send(post("/data", "{\"number\": 5, \"boolean\": true}").header("Content-Type", "text/plain"));
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("Content-Type must be application/json, not 'text/plain'");
        assertThat(accepted).isEmpty();
    }

    @Test
    void rejectsOtherMethodsWith405AndAllow() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.url() + "/data")).GET());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertThat(response.body()).contains("Method GET is not allowed on /data; use POST");
    }

    @Test
    void rejectsUnknownPathsWith404() throws Exception {
        HttpResponse<String> response = send(post("/other", "{}"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("No route for POST /other");
    }

    @Test
    void rejectsBodiesOverTheLimitWith413WithOrWithoutLength() throws Exception {
        String big = "{\"number\": 5, \"boolean\": true, \"pad\": \"" + "x".repeat(300) + "\"}";
        HttpResponse<String> withLength = send(post("/data", big));
        assertThat(withLength.statusCode()).isEqualTo(413);
        assertThat(withLength.body()).contains("larger than the limit of 256 bytes");
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(URI.create(server.url() + "/data"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes()))));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(send(post("/data", "{\"number\": 2, \"boolean\": true}")).statusCode()).isEqualTo(200);
    }

    @Test
    void manyConcurrentPostsAreAllAnsweredAndLogged() throws Exception {
        DataClient client = engine.createDataClient();
        int requests = 300;
        List<CompletableFuture<HttpResult>> answers = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String json = DataJson.toJson(new Data(i, i % 2 == 0));
            answers.add(client.post(server.url() + "/data", json, Duration.ofSeconds(20)));
        }
        for (int i = 0; i < requests; i++) {
            HttpResult result = answers.get(i).get(30, TimeUnit.SECONDS);
            assertThat(result.status()).isEqualTo(200);
            assertThat(result.body()).isEqualTo("Received: " + new Data(i, i % 2 == 0));
        }
        assertThat(accepted).hasSize(requests);
        recorder.await(e -> e.endpoint().equals(server.id()) && e.kind() == EventKind.RECEIVED, requests);
        recorder.await(e -> e.endpoint().equals(client.id()) && e.kind() == EventKind.RECEIVED, requests);
    }

    @Test
    void clientShowsNon2xxAnswersAsResultsNotErrors() throws Exception {
        HttpResult result = engine.createDataClient().post(server.dataUrl(), "{\"number\": 5.5, \"boolean\": true}",
                Duration.ofSeconds(10)).get(20, TimeUnit.SECONDS);
        assertThat(result.statusLine()).isEqualTo("400 Bad Request");
        assertThat(result.body()).contains("got a floating-point number");
        assertThat(result.headers()).anyMatch(h -> h.equalsIgnoreCase("content-type: text/plain; charset=utf-8"));
    }

    @Test
    void clientExplainsARefusedConnection() throws Exception {
        int port = ClosedPorts.tcp();
        DataClient client = engine.createDataClient();
        assertThatThrownBy(() -> client.post("http://127.0.0.1:" + port + "/data", "{}", Duration.ofSeconds(5)).get(20, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().hasMessageContaining("Connection refused by 127.0.0.1:" + port);
        assertThatThrownBy(() -> client.post("not a url", "{}", Duration.ofSeconds(5)).get())
                .cause().hasMessageContaining("Invalid URL 'not a url'");
    }

    @Test
    void curlCommandQuotesTheBody() {
        assertThat(DataClient.curl("http://h/data", "{\"a\":\"it's\"}"))
                .isEqualTo("curl -sS -X POST 'http://h/data' -H 'Content-Type: application/json' --data-raw '{\"a\":\"it'\\''s\"}'");
    }

    @Test
    void stoppingLeavesNoThread() {
        engine.close();
        assertThat(Threads.engineThreads()).isEmpty();
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().startsWith("HTTP-Dispatcher") && t.isAlive());
    }
}

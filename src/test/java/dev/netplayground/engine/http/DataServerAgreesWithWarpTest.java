package dev.netplayground.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.http.RawHttpClient.Answer;
import dev.netplayground.testing.EngineExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Differential test against the talk's Rust server: every body and Content-Type of the
 * corpus that {@code tools/serde-oracle} asked serde_json and warp's mime check about is
 * POSTed to the real server over loopback, and must get the same verdict.
 */
@Timeout(120)
class DataServerAgreesWithWarpTest {
    private static final String VALID = "{\"number\":5,\"boolean\":true}";
    private static final String RECEIVED = "Received: Data { number: 5, boolean: true }";

    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();
    private DataServer server;
    private RawHttpClient client;
    private final List<Data> accepted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        server = engine.startDataServer(DataServerConfig.defaults(0), accepted::add);
        client = new RawHttpClient(server.localAddress());
    }

    @AfterEach
    void tearDown() throws IOException {
        client.close();
    }

    @Test
    void answersEveryBodyOfTheCorpusAsSerdeJsonDoes() throws Exception {
        List<OracleVerdict> verdicts = OracleVerdict.read("serde-data-verdicts.tsv");
        assertThat(verdicts).hasSizeGreaterThanOrEqualTo(500);
        List<String> disagreements = new ArrayList<>();
        for (OracleVerdict serde : verdicts) {
            Answer answer = post("application/json".getBytes(StandardCharsets.US_ASCII), serde.input());
            boolean agrees = serde.status() == 200
                    ? answer.status() == 200 && answer.body().equals("Received: " + serde.answer())
                    : answer.status() == 400;
            if (!agrees) {
                disagreements.add(serde + " but we answered " + answer.status() + " " + answer.body());
            }
        }
        assertThat(disagreements.size()).as(summary(disagreements, verdicts.size())).isZero();
        List<String> serdeAccepted = verdicts.stream()
                .filter(v -> v.status() == 200).map(OracleVerdict::answer).toList();
        assertThat(accepted).map(Data::toString).as("what the server handed on, e.g. to http-server's output")
                .containsExactlyElementsOf(serdeAccepted);
    }

    @Test
    void answersEveryContentTypeOfTheCorpusAsWarpDoes() throws Exception {
        List<OracleVerdict> verdicts = OracleVerdict.read("warp-content-type-verdicts.tsv");
        List<String> disagreements = new ArrayList<>();
        for (OracleVerdict warp : verdicts) {
            Answer answer = post(warp.input(), VALID.getBytes(StandardCharsets.US_ASCII));
            boolean agrees = warp.status() == 200 ? answer.body().equals(RECEIVED) : answer.status() == 415;
            if (!agrees) {
                disagreements.add(warp + " but we answered " + answer.status() + " " + answer.body());
            }
        }
        assertThat(disagreements.size()).as(summary(disagreements, verdicts.size())).isZero();
    }

    @Test
    void readsABodyWithoutContentTypeAsJson() throws Exception {
        Answer answer = post(null, VALID.getBytes(StandardCharsets.US_ASCII));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(RECEIVED);
    }

    /** warp reads the header map's first Content-Type field (HeaderMap::get). */
    @Test
    void judgesTheFirstContentTypeFieldAsWarpDoes() throws Exception {
        String request = "POST /data HTTP/1.1\r\nHost: t\r\nContent-Type: %s\r\nContent-Type: %s\r\nContent-Length: "
                + VALID.length() + "\r\n\r\n" + VALID;
        assertThat(client.send(request.formatted("application/json", "text/plain")).read().status()).isEqualTo(200);
        assertThat(client.send(request.formatted("text/plain", "application/json")).read().status()).isEqualTo(415);
    }

    @Test
    void refusesNullAsSerdeDoes() throws Exception {
        Answer answer = post(null, "null".getBytes(StandardCharsets.US_ASCII));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo("Invalid Data: expected a JSON object with `number` and `boolean`"
                + " (or the array [number, boolean]), got null (line 1, column 1).");
        assertThat(accepted).isEmpty();
    }

    /** POSTs the body on the kept-alive connection, or on a new one after the server closed it. */
    private Answer post(byte[] contentType, byte[] body) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes("POST /data HTTP/1.1\r\nHost: t\r\n".getBytes(StandardCharsets.US_ASCII));
        if (contentType != null) {
            request.writeBytes("Content-Type: ".getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(contentType);
            request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        request.writeBytes(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(body);
        Answer answer = client.send(request.toByteArray()).read();
        if ("close".equalsIgnoreCase(answer.field("connection"))) {
            client.close();
            client = new RawHttpClient(server.localAddress());
        }
        return answer;
    }

    private static String summary(List<String> disagreements, int cases) {
        return disagreements.size() + " of " + cases + " answered unlike the real program, e.g.\n"
                + disagreements.stream().limit(40).collect(Collectors.joining("\n"));
    }
}

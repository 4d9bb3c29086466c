package dev.netplayground.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.engine.http.RawHttpClient.Answer;
import dev.netplayground.testing.EngineExtension;
import dev.netplayground.testing.EventRecorder;
import dev.netplayground.testing.Threads;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** HTTP/1.1 framing and connection handling of the embedded server, with raw bytes on real sockets. */
@Timeout(60)
class DataServerProtocolTest {
    private static final String DATA = "{\"number\": 5, \"boolean\": true}";
    private static final String RECEIVED = "Received: Data { number: 5, boolean: true }";

    @RegisterExtension
    final EngineExtension engines = new EngineExtension();
    private final Engine engine = engines.engine();
    private final EventRecorder recorder = engines.recorder();
    private DataServer server;
    private final Set<Data> accepted = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void setUp() throws Exception {
        server = start(DataServerConfig.defaults(0).withMaxBodyBytes(256));
    }

    private DataServer start(DataServerConfig config) throws Exception {
        return engine.startDataServer(config, accepted::add);
    }

    private RawHttpClient connect() throws Exception {
        return connect(server);
    }

    private static RawHttpClient connect(DataServer to) throws Exception {
        return new RawHttpClient(to.localAddress());
    }

    private static String post(String data) {
        return "POST /data HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: "
                + data.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + data;
    }

    @Test
    void acceptsAChunkedBodyWithExtensionsAndTrailers() throws Exception {
        try (RawHttpClient client = connect()) {
            client.send("POST /data HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "a;note=first\r\n{\"number\":\r\n")
                    .send("14\r\n 5, \"boolean\": true}\r\n0\r\nX-Trailer: yes\r\n\r\n");
            Answer answer = client.read();
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo(RECEIVED);
            assertThat(answer.field("Connection")).isNull();
            client.send(post("{\"number\": 6, \"boolean\": false}"));
            assertThat(client.read().body()).isEqualTo("Received: Data { number: 6, boolean: false }");
        }
        assertThat(accepted).containsExactlyInAnyOrder(new Data(5, true), new Data(6, false));
    }

    @Test
    void aChunkedBodyWithoutItsLastCrlfGets400InsteadOfSwallowingTheNextRequest() throws Exception {
        try (RawHttpClient client = connect()) {
            client.send("POST /data HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(DATA.length()) + "\r\n" + DATA + "\r\n0\r\n" + post(DATA));
            Answer answer = client.readLast();
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.body()).startsWith("Malformed chunked body: a trailer line is not a field line");
        }
        assertThat(accepted).isEmpty();
    }

    @Test
    void aRequestArrivingAByteAtATimeIsAnswered() throws Exception {
        try (RawHttpClient client = connect()) {
            for (byte b : post(DATA).getBytes(StandardCharsets.UTF_8)) {
                client.send(new byte[] {b});
            }
            assertThat(client.read().body()).isEqualTo(RECEIVED);
        }
    }

    @Test
    void expectContinueGets100BeforeTheBodyThen200() throws Exception {
        try (RawHttpClient client = connect()) {
            client.send("POST /data HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: " + DATA.length()
                    + "\r\n\r\n");
            assertThat(client.read().statusLine()).isEqualTo("HTTP/1.1 100 Continue");
            client.send(DATA);
            Answer answer = client.read();
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo(RECEIVED);
        }
    }

    @Test
    void expectContinueThatFailsTheChecksGetsTheFinalStatusAndACloseInstead() throws Exception {
        try (RawHttpClient client = connect()) {
            client.send("POST /data HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: 10\r\n\r\n");
            Answer answer = client.readLast();
            assertThat(answer.status()).isEqualTo(415);
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        try (RawHttpClient client = connect()) {
            client.send(post("{\"number\": 1, \"boolean\": true}") + post("{\"number\": 2, \"boolean\": false}")
                    + "GET /data HTTP/1.1\r\nHost: t\r\n\r\n");
            assertThat(client.read().body()).isEqualTo("Received: Data { number: 1, boolean: true }");
            assertThat(client.read().body()).isEqualTo("Received: Data { number: 2, boolean: false }");
            assertThat(client.read().status()).isEqualTo(405);
        }
    }

    @Test
    void http10ClosesAfterTheAnswerUnlessAskedToKeepAlive() throws Exception {
        try (RawHttpClient client = connect()) {
            client.send(post(DATA).replace("HTTP/1.1", "HTTP/1.0"));
            Answer answer = client.readLast();
            assertThat(answer.statusLine()).isEqualTo("HTTP/1.1 200 OK");
        }
        try (RawHttpClient client = connect()) {
            String keepAlive = post(DATA).replace("HTTP/1.1\r\n", "HTTP/1.0\r\nConnection: keep-alive\r\n");
            client.send(keepAlive);
            assertThat(client.read().field("Connection")).isEqualTo("keep-alive");
            client.send(keepAlive);
            assertThat(client.read().body()).isEqualTo(RECEIVED);
        }
    }

    @Test
    void connectionCloseClosesAfterTheAnswer() throws Exception {
        try (RawHttpClient client = connect()) {
            client.send(post(DATA).replace("Host: t\r\n", "Host: t\r\nConnection: close\r\n") + post(DATA));
            Answer answer = client.readLast();
            assertThat(answer.body()).isEqualTo(RECEIVED);
        }
        assertThat(accepted).hasSize(1);
    }

    @Test
    void aHeadSectionOverTheLimitGets431AndAClose() throws Exception {
        try (RawHttpClient client = connect()) {
            client.send("GET /data HTTP/1.1\r\nHost: t\r\nX-Big: " + "x".repeat(HeadParser.MAX_HEAD_BYTES)
                    + "\r\n\r\n");
            Answer answer = client.readLast();
            assertThat(answer.status()).isEqualTo(431);
            assertThat(answer.body()).contains("larger than the limit of 16384 bytes");
        }
        NetEvent rejected = recorder.await(server.id(), EventKind.REJECTED);
        assertThat(rejected.message()).startsWith("request → 431 in ")
                .contains("Send fewer or shorter header fields.");
    }

    @Test
    void aRequestLineOverTheLimitGets414AndAClose() throws Exception {
        for (int length : new int[] {HeadParser.MAX_REQUEST_LINE_BYTES, 2 * HeadParser.MAX_HEAD_BYTES}) {
            try (RawHttpClient client = connect()) {
                client.send("GET /" + "x".repeat(length) + " HTTP/1.1\r\nHost: t\r\n\r\n");
                Answer answer = client.readLast();
                assertThat(answer.statusLine()).as("target of %d bytes", length).isEqualTo("HTTP/1.1 414 URI Too Long");
                assertThat(answer.body()).isEqualTo("The request line is longer than the limit of 8192 bytes."
                        + " Send a shorter request-target (path and query).");
            }
        }
        List<NetEvent> rejected = recorder.await(
                e -> e.endpoint().equals(server.id()) && e.kind() == EventKind.REJECTED, 2);
        assertThat(rejected).extracting(NetEvent::message).allMatch(m -> m.startsWith("request → 414 in "));
    }

    @Test
    void conflictingFramingGets400AndAClose() throws Exception {
        String[] heads = {
            "POST /data HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n",
            "POST /data HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n",
            "POST /data HTTP/1.1\r\nHost: t\r\nContent-Length: five\r\n\r\n",
            "POST /data HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        };
        for (String head : heads) {
            try (RawHttpClient client = connect()) {
                client.send(head);
                Answer answer = client.readLast();
                assertThat(answer.status()).as(head).isEqualTo(400);
            }
        }
        List<NetEvent> rejected =
                recorder.await(e -> e.endpoint().equals(server.id()) && e.kind() == EventKind.REJECTED, 4);
        assertThat(rejected).extracting(NetEvent::message)
                .anyMatch(m -> m.contains("both Content-Length and Transfer-Encoding"))
                .anyMatch(m -> m.contains("Conflicting Content-Length values (5 and 7)"))
                .anyMatch(m -> m.contains("Invalid Content-Length 'five'"))
                .anyMatch(m -> m.startsWith("POST /data → 400") && m.contains("Malformed chunked body"));
    }

    @Test
    void anHttp11RequestNeedsExactlyOneHost() throws Exception {
        String[] heads = {
            post(DATA).replace("Host: t\r\n", ""),
            post(DATA).replace("Host: t\r\n", "Host: t\r\nHost: t\r\n"),
            post(DATA).replace("HTTP/1.1\r\nHost: t\r\n", "HTTP/1.0\r\nHost: t\r\nHost: u\r\n"),
        };
        for (String head : heads) {
            try (RawHttpClient client = connect()) {
                client.send(head);
                Answer answer = client.readLast();
                assertThat(answer.status()).as(head).isEqualTo(400);
            }
        }
        try (RawHttpClient client = connect()) {
            client.send(post(DATA).replace("Host: t\r\n", "").replace("HTTP/1.1", "HTTP/1.0"));
            assertThat(client.read().body()).as("HTTP/1.0 needs no Host").isEqualTo(RECEIVED);
        }
        assertThat(accepted).containsExactly(new Data(5, true));
    }

    @Test
    void aBodyOverTheLimitGets413WithoutBeingReadAndAClose() throws Exception {
        try (RawHttpClient client = connect()) {
            // More than the server reads at once: the answer comes while the body is still arriving.
            client.send("POST /data HTTP/1.1\r\nHost: t\r\nContent-Length: 1000000\r\n\r\n" + "x".repeat(200_000));
            Answer answer = client.readLast();
            assertThat(answer.status()).isEqualTo(413);
        }
    }

    @Test
    void headGets405WithTheHeadersOfAnAnswerAndNoBody() throws Exception {
        try (RawHttpClient client = connect()) {
            client.send("HEAD /data HTTP/1.1\r\nHost: t\r\n\r\n" + post(DATA));
            Answer head = client.read(true);
            assertThat(head.status()).isEqualTo(405);
            assertThat(head.field("Allow")).isEqualTo("POST");
            assertThat(Integer.parseInt(head.field("Content-Length"))).isPositive();
            assertThat(head.body()).isEmpty();
            Answer next = client.read();
            assertThat(next.statusLine()).as("the next answer follows the head at once").isEqualTo("HTTP/1.1 200 OK");
            assertThat(next.body()).isEqualTo(RECEIVED);
        }
    }

    @Test
    void methodsAreCaseSensitive() throws Exception {
        try (RawHttpClient client = connect()) {
            client.send(post(DATA).replace("POST", "post"));
            Answer answer = client.read();
            assertThat(answer.status()).isEqualTo(405);
            assertThat(answer.body()).isEqualTo("Method post is not allowed on /data; use POST.");
        }
    }

    @Test
    void aRejectedRequestsBodyIsSkippedAndTheConnectionKept() throws Exception {
        try (RawHttpClient client = connect()) {
            client.send(post(DATA).replace("/data", "/other"));
            assertThat(client.read().status()).isEqualTo(404);
            client.send("POST /x HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
                    + post(DATA));
            assertThat(client.read().status()).isEqualTo(404);
            assertThat(client.read().body()).isEqualTo(RECEIVED);
        }
    }

    @Test
    void aUtf16BodyWithoutBomGets400() throws Exception {
        byte[] utf16 = DATA.getBytes(StandardCharsets.UTF_16LE);
        try (RawHttpClient client = connect()) {
            client.send("POST /data HTTP/1.1\r\nHost: t\r\nContent-Length: " + utf16.length + "\r\n\r\n").send(utf16);
            Answer answer = client.read();
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.body()).contains("JSON must be UTF-8");
        }
        assertThat(accepted).isEmpty();
    }

    @Test
    void idleConnectionsAreClosed() throws Exception {
        DataServer quick = start(DataServerConfig.defaults(0).withIdleTimeout(Duration.ofMillis(200)));
        try (RawHttpClient silent = connect(quick); RawHttpClient served = connect(quick)) {
            served.send(post(DATA));
            assertThat(served.read().body()).isEqualTo(RECEIVED);
            silent.assertClosedByServer();
            served.assertClosedByServer();
        }
        assertThat(recorder.events(quick.id(), EventKind.FAILED)).as("closing an idle connection is no failure")
                .isEmpty();
    }

    @Test
    void aConnectionStalledInTheMiddleOfARequestIsClosedAndReported() throws Exception {
        DataServer quick = start(DataServerConfig.defaults(0).withIdleTimeout(Duration.ofMillis(200)));
        try (RawHttpClient client = connect(quick)) {
            client.send("POST /data HTTP/1.1\r\nHost: t\r\nContent-Length: 50\r\n\r\n{");
            client.assertClosedByServer();
        }
        assertThat(recorder.await(quick.id(), EventKind.FAILED).message())
                .isEqualTo("POST /data: nothing moved for 200 ms in the middle of the exchange; "
                        + "closed the connection.");
    }

    @Test
    void aHeadNotWholeByItsDeadlineGets408AndACloseThoughTheConnectionIsNotIdle() throws Exception {
        DataServer quick = start(DataServerConfig.defaults(0).withHeadTimeout(Duration.ofMillis(300)));
        try (RawHttpClient client = connect(quick)) {
            client.send(post(DATA));
            assertThat(client.read().body()).isEqualTo(RECEIVED);
            client.send("POST /data HTTP/1.1\r\nHost: t\r\nContent-Le");
            Answer answer = client.readLast();
            assertThat(answer.statusLine()).isEqualTo("HTTP/1.1 408 Request Timeout");
            assertThat(answer.body()).isEqualTo("The request head (request line and header fields) did not arrive whole"
                    + " within 300 ms of its first byte; closed the connection.");
        }
        assertThat(recorder.await(quick.id(), EventKind.REJECTED).message()).startsWith("request → 408 in ")
                .endsWith(": The request head (request line and header fields) did not arrive whole within 300 ms"
                        + " of its first byte; closed the connection.");
        assertThat(accepted).containsExactly(new Data(5, true));
    }

    @Test
    void aFewEmptyLinesBeforeARequestAreSkippedAndMoreGet400() throws Exception {
        String allowed = "\r\n".repeat(HeadReader.MAX_EMPTY_LINES);
        try (RawHttpClient client = connect()) {
            client.send(allowed + post(DATA));
            assertThat(client.read().body()).isEqualTo(RECEIVED);
            client.send(allowed).send("\r\n" + post(DATA));
            Answer answer = client.readLast();
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.body()).isEqualTo("More than 4 empty lines came before the request line;"
                    + " send the request line first.");
        }
        assertThat(accepted).containsExactly(new Data(5, true));
    }

    @Test
    void connectionsBeyondTheLimitAreRefusedAndReported() throws Exception {
        DataServer small = start(DataServerConfig.defaults(0).withMaxConnections(1));
        try (RawHttpClient first = connect(small); RawHttpClient second = connect(small)) {
            Answer refusal = second.readLast();
            assertThat(refusal.statusLine()).isEqualTo("HTTP/1.1 503 Service Unavailable");
            assertThat(refusal.body()).isEqualTo("The server has reached its limit of 1 connections; try again later.");
            first.send(post(DATA));
            assertThat(first.read().body()).isEqualTo(RECEIVED);
        }
        assertThat(recorder.await(small.id(), EventKind.REJECTED).message())
                .isEqualTo("Refused with 503: the limit of 1 connections is reached. Close some or raise the limit.");
    }

    @Test
    void closingClosesEveryConnectionAndLeavesNoThread() throws Exception {
        List<RawHttpClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                RawHttpClient client = connect();
                clients.add(client);
                client.send(post(DATA));
                assertThat(client.read().body()).isEqualTo(RECEIVED);
            }
            engine.close();
            for (RawHttpClient client : clients) {
                client.assertClosedByServer();
            }
        } finally {
            for (RawHttpClient client : clients) {
                client.close();
            }
        }
        assertThat(recorder.events(server.id(), EventKind.STOPPED)).hasSize(1);
        assertThat(engine.isTerminated()).isTrue();
        assertThat(Threads.engineThreads()).isEmpty();
    }
}

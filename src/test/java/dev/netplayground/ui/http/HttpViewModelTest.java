package dev.netplayground.ui.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.store.HttpBody;
import dev.netplayground.store.HttpRequestItem;
import dev.netplayground.store.Session;
import dev.netplayground.testing.PaneModels;
import dev.netplayground.testing.RecordingHttpServer;
import dev.netplayground.testing.TestFxThread;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP pane's view-models without a window: the test thread is their FX thread; real HTTP on loopback. */
@Timeout(30)
class HttpViewModelTest {
    @RegisterExtension
    final PaneModels panes = new PaneModels();
    private final TestFxThread fx = panes.fx();
    private final HttpServerViewModel server = panes.add(HttpServerViewModel::new);
    private final HttpClientViewModel client = panes.add(HttpClientViewModel::new);

    @Test
    void theFormPostsDataAndShowsTheAnswerTheHistoryAndTheAcceptedRow() throws Exception {
        startServer();
        client.numberProperty().set("7");
        client.boolProperty().set(false);
        client.send();
        fx.runUntil(() -> !client.sendingProperty().get() && !client.history().isEmpty(), "the answer");

        assertThat(client.lastSucceededProperty().get()).isTrue();
        assertThat(client.statusProperty().get()).startsWith("200 OK · ").endsWith(" ms");
        assertThat(client.responseProperty().get()).startsWith("Received: Data { number: 7, boolean: false }");
        assertThat(client.history().get(0).body()).isEqualTo("{\"number\":7,\"boolean\":false}");
        assertThat(client.history().get(0).outcome()).isEqualTo("200 OK");
        fx.runUntil(() -> server.accepted().size() == 1, "the accepted row");
        assertThat(server.accepted().get(0).data()).isEqualTo("Data { number: 7, boolean: false }");
        fx.runUntil(() -> server.countsProperty().get().equals("1 accepted · 0 refused (4xx or 503)"), "the counts");
    }

    @Test
    void rawJsonThatIsNotDataIsRefusedAndCountedAndResendingAnEntrySendsItAgain() throws Exception {
        startServer();
        client.rawModeProperty().set(true);
        client.rawJsonProperty().set("{\"number\": -1, \"boolean\": true}");
        client.send();
        fx.runUntil(() -> client.history().size() == 1, "the answer");
        assertThat(client.lastSucceededProperty().get()).isFalse();
        assertThat(client.statusProperty().get()).startsWith("400 ");
        assertThat(client.errorProperty().get()).isEmpty();

        client.resend(client.history().get(0));
        fx.runUntil(() -> client.history().size() == 2, "the second answer");
        assertThat(client.history()).extracting(HttpClientViewModel.HistoryEntry::body)
                .containsOnly("{\"number\": -1, \"boolean\": true}");
        fx.runUntil(() -> server.countsProperty().get().equals("0 accepted · 2 refused (4xx or 503)"), "the counts");
        assertThat(server.accepted()).isEmpty();
    }

    @Test
    void aRefusedConnectionIsExplainedAndRemembered() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        client.target("http://127.0.0.1:" + closedPort + "/data");
        client.send();
        fx.runUntil(() -> !client.history().isEmpty(), "the failure");
        assertThat(client.statusProperty().get()).isEqualTo("Failed");
        assertThat(client.errorProperty().get()).startsWith("Connection refused by 127.0.0.1:" + closedPort);
        assertThat(client.history().get(0).outcome()).isEqualTo("failed");
    }

    @Test
    void anInvalidNumberIsExplainedAndNothingIsSent() {
        client.numberProperty().set("4294967296");
        assertThat(client.numberErrorBinding().get()).contains("0 to 4294967295");
        client.send();
        assertThat(client.errorProperty().get()).contains("0 to 4294967295");
        assertThat(client.sendingProperty().get()).isFalse();
        assertThat(client.history()).isEmpty();
        assertThat(client.curl()).isNull();

        client.numberProperty().set("5");
        assertThat(client.numberErrorBinding().get()).isEmpty();
        assertThat(client.curl()).isEqualTo("curl -sS -X POST 'http://127.0.0.1:3030/data' "
                + "-H 'Content-Type: application/json' --data-raw '{\"number\":5,\"boolean\":true}'");
    }

    @Test
    void aPastedCurlCommandFillsMethodUrlHeadersAndBodyAndIsSentAsPasted() throws Exception {
        try (RecordingHttpServer recorder = new RecordingHttpServer()) {
            client.importCurl("curl -sS -X PUT '" + recorder.url("/things/1") + "' -H 'Accept: text/plain' "
                    + "-u ada:pw --json '{\"a\": 1}'");

            assertThat(client.errorProperty().get()).isEmpty();
            assertThat(client.methodProperty().get()).isEqualTo("PUT");
            assertThat(client.urlProperty().get()).isEqualTo(recorder.url("/things/1"));
            assertThat(client.headersProperty().get()).isEqualTo("Accept: text/plain\nAuthorization: Basic YWRhOnB3");
            assertThat(client.rawModeProperty().get()).isTrue();
            assertThat(client.rawJsonProperty().get()).isEqualTo("{\"a\": 1}");

            client.send();
            RecordingHttpServer.Recorded sent = recorder.next();
            assertThat(sent.requestLine()).isEqualTo("PUT /things/1 HTTP/1.1");
            assertThat(sent.field("Authorization")).isEqualTo("Basic YWRhOnB3");
            assertThat(sent.field("Content-Type")).isEqualTo("application/json");
            assertThat(sent.bodyText()).isEqualTo("{\"a\": 1}");
            fx.runUntil(() -> client.history().size() == 1, "the answer");
            assertThat(client.history().get(0)).hasToString("PUT {\"a\": 1}  →  200 OK");
        }
    }

    @Test
    void aGetCarriesNoBodyAndRoundTripsThroughASavedItem() throws Exception {
        client.methodProperty().set("GET");
        client.headersProperty().set("X-Trace: 1\n\n");
        HttpRequestItem item = client.toItem();
        assertThat(item.body()).isNull();
        assertThat(item.headers()).extracting(Object::toString).containsExactly("X-Trace: 1");

        client.methodProperty().set("POST");
        client.load(item);
        assertThat(client.methodProperty().get()).isEqualTo("GET");
        assertThat(client.headersProperty().get()).isEqualTo("X-Trace: 1");
        assertThat(client.toItem()).isEqualTo(item);
    }

    @Test
    void whatTheFormCannotHoldIsSaidInOneSentence() {
        client.headersProperty().set("Accept text/plain");
        client.send();
        assertThat(client.errorProperty().get()).isEqualTo("Header line 1 ('Accept text/plain') is not in the form "
                + "Name: value.");

        client.importCurl("curl -F a=b http://127.0.0.1/");
        assertThat(client.errorProperty().get()).startsWith("The curl option -F is not supported here");
        assertThat(client.urlProperty().get()).isEqualTo("http://127.0.0.1:3030/data");
    }

    @Test
    void anHttpsServerExportsTheCertificateItServesAndNothingBeforeItRuns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("server.pem");
        server.exportPem(file);
        assertThat(server.errorProperty().get()).isEqualTo("Start the server with TLS first: there is no certificate "
                + "to export.");
        server.tlsProperty().set(true);
        startServer();
        String facts = server.certificateProperty().get();
        Path served = Path.of(facts.substring(facts.indexOf(" · PEM ") + " · PEM ".length()));

        server.exportPem(file);
        fx.runUntil(() -> !server.exportedProperty().get().isEmpty(), "the export");
        assertThat(server.exportedProperty().get()).isEqualTo("Certificate exported to " + file);
        assertThat(Files.readString(file)).startsWith("-----BEGIN CERTIFICATE-----")
                .isEqualTo(Files.readString(served));
    }

    private void startServer() throws InterruptedException {
        server.start();
        fx.runUntil(() -> !server.urlProperty().get().isEmpty(), "the server");
        client.target(server.urlProperty().get());
    }

    @Test
    void theHistoryGoesToTheSessionOldestFirstAndComesBackNewestFirst() {
        List<Session.HttpHistoryEntry> saved = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            saved.add(new Session.HttpHistoryEntry("2026-12-01T10:00:0" + i + "Z", new HttpRequestItem("POST",
                    "http://127.0.0.1:3030/data", List.of(), new HttpBody.Raw("{\"number\": " + i + "}"), null),
                    "200 OK"));
        }
        saved.add(new Session.HttpHistoryEntry("not a time", new HttpRequestItem("POST", "http://127.0.0.1:3030/data",
                List.of(), new HttpBody.DataForm(7, false), null), "400 Bad Request"));

        client.restoreHistory(saved);

        assertThat(client.history()).extracting(HttpClientViewModel.HistoryEntry::body).containsExactly(
                "{\"number\":7,\"boolean\":false}", "{\"number\": 2}", "{\"number\": 1}", "{\"number\": 0}");
        assertThat(client.history().get(1).time()).isEqualTo(Instant.parse("2026-12-01T10:00:02Z"));
        assertThat(client.sessionHistory().subList(0, 3)).isEqualTo(saved.subList(0, 3));
        assertThat(client.sessionHistory().get(3).request()).isEqualTo(saved.get(3).request());
    }

    @Test
    void theSessionKeepsTheNewestHundredAndLeavesOutWhatWasNeverSent() {
        List<Session.HttpHistoryEntry> saved = new ArrayList<>();
        for (int i = 0; i < Session.MAX_HTTP_HISTORY + 50; i++) {
            saved.add(new Session.HttpHistoryEntry("2026-12-01T10:00:00Z", new HttpRequestItem("POST",
                    "http://127.0.0.1:3030/data", List.of(), new HttpBody.Raw("old " + i), null), "200 OK"));
        }
        client.restoreHistory(saved);
        client.target("not a url");
        client.send();

        assertThat(client.errorProperty().get()).isNotEmpty();
        assertThat(client.history()).hasSize(Session.MAX_HTTP_HISTORY + 50);
        assertThat(client.sessionHistory()).hasSize(Session.MAX_HTTP_HISTORY)
                .extracting(entry -> ((HttpBody.Raw) entry.request().body()).text()).startsWith("old 50");
    }
}

package dev.netplayground.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netplayground.engine.http.CurlCommand;
import dev.netplayground.engine.http.DataClient;
import dev.netplayground.engine.http.HttpAuth;
import dev.netplayground.engine.http.HttpHeader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurlImportTest {
    private static final HttpHeader FORM = new HttpHeader("Content-Type", "application/x-www-form-urlencoded");

    @Test
    void readsWhatCopyAsCurlWrites() {
        String command = DataClient.curl("http://127.0.0.1:3030/data", "{\"number\": 5, \"boolean\": true}");

        assertThat(CurlImport.parse(command)).isEqualTo(new HttpRequestItem("POST", "http://127.0.0.1:3030/data",
                List.of(new HttpHeader("Content-Type", "application/json")),
                new HttpBody.Raw("{\"number\": 5, \"boolean\": true}"), null));
    }

    @Test
    void everyRequestCurlCommandWritesComesBackTheSame() {
        List<HttpRequestItem> requests = List.of(
                new HttpRequestItem("PUT", "http://h:8080/things/1", List.of(new HttpHeader("Content-Type",
                        "text/plain"), new HttpHeader("X-Quote", "it's \"quoted\" $HOME")),
                        new HttpBody.Raw("line one\nit's\tdone"), new HttpAuth.Basic("ada", "p:w")),
                new HttpRequestItem("GET", "https://example.org/me?x=1&y=2", List.of(), null,
                        new HttpAuth.Bearer("t0k")),
                new HttpRequestItem("DELETE", "http://h/things/1", List.of(new HttpHeader("Accept", "*/*")), null,
                        null),
                new HttpRequestItem("POST", "http://h/upload", List.of(new HttpHeader("Content-Type",
                        "application/octet-stream")), new HttpBody.FromFile("/tmp/a b.bin"), null));
        for (HttpRequestItem request : requests) {
            String command = CurlCommand.of(request.toClientRequest(Path.of("/"), Duration.ofSeconds(1)));

            assertThat(CurlImport.parse(command)).as(command).isEqualTo(request);
        }
    }

    @Test
    void readsABrowsersCopyAsCurlOverSeveralLines() {
        String command = """
                curl 'https://example.org/api/items' \\
                  -H 'accept: application/json' \\
                  -H 'content-type: application/json' \\
                  --data-raw '{"name":"x"}' \\
                  --compressed""";

        assertThat(CurlImport.parse(command)).isEqualTo(new HttpRequestItem("POST", "https://example.org/api/items",
                List.of(new HttpHeader("accept", "application/json"), new HttpHeader("content-type",
                        "application/json")), new HttpBody.Raw("{\"name\":\"x\"}"), null));
    }

    @Test
    void dataOptionsJoinLikeCurlAndGetItsDefaultType() {
        assertThat(CurlImport.parse("curl -sS -d a=1 --data b=2 -XPUT localhost:3030/form")).isEqualTo(
                new HttpRequestItem("PUT", "http://localhost:3030/form", List.of(FORM), new HttpBody.Raw("a=1&b=2"),
                        null));
        assertThat(CurlImport.parse("curl --data-binary @body.bin http://h/")).isEqualTo(new HttpRequestItem("POST",
                "http://h/", List.of(FORM), new HttpBody.FromFile("body.bin"), null));
        assertThat(CurlImport.parse("curl --data-raw @literal http://h/").body())
                .isEqualTo(new HttpBody.Raw("@literal"));
    }

    @Test
    void jsonSetsBothHeadersAsCurlDoes() {
        assertThat(CurlImport.parse("curl --json '{\"number\": 1, \"boolean\": false}' http://h/data")).isEqualTo(
                new HttpRequestItem("POST", "http://h/data", List.of(new HttpHeader("Content-Type", "application/json"),
                        new HttpHeader("Accept", "application/json")),
                        new HttpBody.Raw("{\"number\": 1, \"boolean\": false}"), null));
    }

    @Test
    void shellQuotingAsBashReadsIt() {
        assertThat(ShellWords.split("a 'b c' \"d \\\"e\\\" $f\" g\\ h $'i\\nj\\x41' k\"l\"'m'"))
                .containsExactly("a", "b c", "d \"e\" $f", "g h", "i\njA", "klm");
    }

    @Test
    void whatCannotBeReadIsSaidInOneSentence() {
        assertThatThrownBy(() -> CurlImport.parse("wget http://h/"))
                .hasMessage("This is not a curl command: it should start with curl.");
        assertThatThrownBy(() -> CurlImport.parse("curl -F a=b http://h/"))
                .hasMessage("The curl option -F is not supported here; remove it and set what it does in the form.");
        assertThatThrownBy(() -> CurlImport.parse("curl 'http://h/"))
                .hasMessage("The command has a ' quote that is not closed.");
        assertThatThrownBy(() -> CurlImport.parse("curl -X POST"))
                .hasMessage("The command has no URL.");
        assertThatThrownBy(() -> CurlImport.parse("curl http://a/ http://b/"))
                .hasMessage("The command names two URLs (http://a/ and http://b/); a request has one.");
        assertThatThrownBy(() -> CurlImport.parse("curl -H"))
                .hasMessage("curl option -H needs a value after it.");
    }
}

package dev.netplayground.engine.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Chunked bodies decoded as they arrive, in pieces of any size. */
class ChunkedBodyTest {
    private static final String BODY =
            "5;name=value\r\n{\"num\r\n19\r\nber\": 5, \"boolean\": true}\r\n0\r\nTrailer: x\r\n\r\n";

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @ParameterizedTest(name = "in pieces of {0}")
    @ValueSource(ints = {1, 2, 3, 7, 1000})
    void decodesInPiecesOfAnySizeAndLeavesTheNextRequest(int piece) throws Exception {
        byte[] bytes = ascii(BODY + "GET / HTTP/1.1");
        ChunkedBody body = new ChunkedBody(1024, true);
        int pos = 0;
        while (!body.isComplete()) {
            pos = body.read(bytes, pos, Math.min(bytes.length, pos + piece));
        }
        assertThat(new String(body.body(), StandardCharsets.US_ASCII)).isEqualTo("{\"number\": 5, \"boolean\": true}");
        assertThat(pos).isEqualTo(BODY.length());
    }

    @Test
    void skipsABodyWithoutKeepingIt() throws Exception {
        byte[] bytes = ascii("3\r\nabc\r\n0\r\n\r\n");
        ChunkedBody body = new ChunkedBody(1024, false);
        assertThat(body.read(bytes, 0, bytes.length)).isEqualTo(bytes.length);
        assertThat(body.isComplete()).isTrue();
        assertThat(body.body()).isEmpty();
    }

    @Test
    void refusesABodyBeyondTheLimitAsSoonAsAChunkSizeSaysSo() {
        byte[] bytes = ascii("4\r\nabcd\r\n10\r\n");
        assertThatThrownBy(() -> new ChunkedBody(16, true).read(bytes, 0, bytes.length))
                .isInstanceOfSatisfying(HttpProtocolException.class, e -> assertThat(e.reply().status()).isEqualTo(413))
                .hasMessage("The body is larger than the limit of 16 bytes.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0\\r\\nPOST /data HTTP/1.1\\r\\nHost: t\\r\\n\\r\\n", "0\\r\\n X: y\\r\\n\\r\\n",
        "0\\r\\n: y\\r\\n\\r\\n", "0\\r\\nX\\r\\n\\r\\n", "0\\r\\nX : y\\r\\n\\r\\n", "0\\r\\nX: a\\x01\\r\\n\\r\\n"})
    void refusesATrailerSectionThatIsNotFieldLines(String chunks) {
        byte[] bytes = ascii(chunks.replace("\\r", "\r").replace("\\n", "\n").replace("\\x01", "\u0001"));
        assertThatThrownBy(() -> new ChunkedBody(1024, true).read(bytes, 0, bytes.length))
                .isInstanceOfSatisfying(HttpProtocolException.class, e -> assertThat(e.reply().status()).isEqualTo(400))
                .hasMessageStartingWith("Malformed chunked body: a trailer ");
    }

    @Test
    void acceptsTrailerFieldsWithEmptyAndNonAsciiValues() throws Exception {
        byte[] bytes = "0\r\nX-A:\r\nX-B: caf\u00e9\t!\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        ChunkedBody body = new ChunkedBody(1024, true);
        assertThat(body.read(bytes, 0, bytes.length)).isEqualTo(bytes.length);
        assertThat(body.isComplete()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"x\\r\\n", "\\r\\n", "3\\r\\nabcd\\r\\n", "3\\rabc\\r\\n", "3\\r\\nabc\\r\\n0\\r\\n\\rx",
        "3;a\\x01\\r\\n", "3\\nabc\\r\\n", "3\\r\\nabc\\n0\\r\\n\\r\\n", "0\\r\\n\\n", "0\\r\\nX: y\\n\\r\\n",
        "3\\r\\nabcdef\\r\\n"})
    void refusesMalformedChunks(String chunks) {
        byte[] bytes = ascii(chunks.replace("\\r", "\r").replace("\\n", "\n").replace("\\x01", "\u0001"));
        assertThatThrownBy(() -> new ChunkedBody(1024, true).read(bytes, 0, bytes.length))
                .isInstanceOfSatisfying(HttpProtocolException.class, e -> assertThat(e.reply().status()).isEqualTo(400))
                .hasMessageStartingWith("Malformed chunked body: ");
    }
}

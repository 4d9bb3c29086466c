package dev.netplayground.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netplayground.engine.http.ResponseEncoder.Persistence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bytes of an answer, exactly. */
class ResponseEncoderTest {
    private static String encode(Reply reply, boolean withBody, Persistence persistence) throws IOException {
        PendingOutput out = new PendingOutput();
        ResponseEncoder.write(reply, withBody, persistence, out);
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        assertThat(out.writeTo(Channels.newChannel(sent))).isTrue();
        assertThat(out.isEmpty()).isTrue();
        return sent.toString(StandardCharsets.UTF_8).replaceFirst("Date: [^\r]+\r\n", "Date: *\r\n");
    }

    @Test
    void writesStatusDateTypeAndLengthThenTheBody() throws Exception {
        assertThat(encode(Reply.of(200, "Received: é"), true, Persistence.KEEP))
                .isEqualTo("HTTP/1.1 200 OK\r\nDate: *\r\n"
                        + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 12\r\n\r\nReceived: é");
    }

    @Test
    void saysAllowAndConnectionWhenTheyApplyAndOmitsTheBodyOfHead() throws Exception {
        Reply notAllowed = new Reply(405, "Use POST.", "POST");
        assertThat(encode(notAllowed, false, Persistence.CLOSE))
                .isEqualTo("HTTP/1.1 405 Method Not Allowed\r\nDate: *\r\n"
                        + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 9\r\n"
                        + "Allow: POST\r\nConnection: close\r\n\r\n");
        assertThat(encode(Reply.of(404, ""), true, Persistence.KEEP_ALIVE))
                .isEqualTo("HTTP/1.1 404 Not Found\r\nDate: *\r\n"
                        + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 0\r\n"
                        + "Connection: keep-alive\r\n\r\n");
    }

    @Test
    void formatsTheDateOncePerSecond() {
        assertThat(new String(HttpDate.headerLine(0), StandardCharsets.US_ASCII))
                .isEqualTo("Date: Thu, 01 Jan 1970 00:00:00 GMT\r\n");
        assertThat(HttpDate.headerLine(1_700_000_000_123L)).isSameAs(HttpDate.headerLine(1_700_000_000_999L));
        assertThat(new String(HttpDate.headerLine(1_700_000_001_000L), StandardCharsets.US_ASCII))
                .isEqualTo("Date: Tue, 14 Nov 2023 22:13:21 GMT\r\n");
    }
}

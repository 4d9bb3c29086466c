package dev.netplayground.engine.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Responses fed as bytes, whole and in pieces: where each ends, its status, whether it closes. */
@Timeout(10)
class ResponseReaderTest {
    private final ResponseReader reader = new ResponseReader();

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Feeds the bytes one at a time; returns how many were taken before the response was complete. */
    /** Reads {@code response} in one piece, as the answer to a HEAD request or not; returns the bytes used. */
    private int readAtOnce(String response, boolean head) throws BadResponseException {
        byte[] bytes = ascii(response);
        reader.expect(head);
        return reader.read(bytes, 0, bytes.length);
    }

    private int feedByteByByte(byte[] bytes) throws BadResponseException {
        int taken = 0;
        while (taken < bytes.length && !reader.isComplete()) {
            taken = reader.read(bytes, taken, taken + 1);
        }
        return taken;
    }

    @Test
    void aContentLengthResponseEndsAfterItsBodyEvenInPieces() throws Exception {
        byte[] response = ascii("HTTP/1.1 201 Created\r\nContent-Length: 5\r\n\r\nhello");
        reader.expect(false);

        assertThat(feedByteByByte(response)).isEqualTo(response.length);
        assertThat(reader.isComplete()).isTrue();
        assertThat(reader.status()).isEqualTo(201);
        assertThat(reader.closes()).isFalse();
    }

    @Test
    void aChunkedResponseEndsAtItsLastChunkAndLeavesWhatFollows() throws Exception {
        byte[] bytes = ascii("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\nNEXT");
        reader.expect(false);

        int used = reader.read(bytes, 0, bytes.length);

        assertThat(reader.isComplete()).isTrue();
        assertThat(used).isEqualTo(bytes.length - "NEXT".length());
    }

    @Test
    void aResponseWithoutLengthRunsToTheEndOfTheStream() throws Exception {
        byte[] bytes = ascii("HTTP/1.1 200 OK\r\n\r\nsome body");
        reader.expect(false);

        reader.read(bytes, 0, bytes.length);
        assertThat(reader.isComplete()).isFalse();
        reader.endOfStream();

        assertThat(reader.isComplete()).isTrue();
        assertThat(reader.closes()).isTrue();
    }

    @Test
    void connectionCloseAndHttp10SayTheServerCloses() throws Exception {
        readAtOnce("HTTP/1.1 503 Busy\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", false);
        assertThat(reader.closes()).isTrue();
        assertThat(reader.status()).isEqualTo(503);

        readAtOnce("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n", false);
        assertThat(reader.closes()).isTrue();
    }

    @Test
    void anInterimResponseIsSkippedAndHeadAndNoContentHaveNoBody() throws Exception {
        String interimThenNoContent = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n";
        assertThat(readAtOnce(interimThenNoContent, false)).isEqualTo(interimThenNoContent.length());
        assertThat(reader.isComplete()).isTrue();
        assertThat(reader.status()).isEqualTo(204);

        readAtOnce("HTTP/1.1 200 OK\r\nContent-Length: 999\r\n\r\n", true);
        assertThat(reader.isComplete()).isTrue();
    }

    @Test
    void whatIsNotAnHttpResponseIsABadResponse() {
        reader.expect(false);
        byte[] notHttp = ascii("SSH-2.0-OpenSSH\r\n\r\n");
        assertThatThrownBy(() -> reader.read(notHttp, 0, notHttp.length)).isInstanceOf(BadResponseException.class)
                .hasMessageContaining("status line");

        reader.expect(false);
        byte[] badLength = ascii("HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\n");
        assertThatThrownBy(() -> reader.read(badLength, 0, badLength.length))
                .hasMessageContaining("Content-Length");
    }
}

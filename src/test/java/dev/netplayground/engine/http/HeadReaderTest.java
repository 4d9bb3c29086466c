package dev.netplayground.engine.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Request heads gathered from successive reads, without sockets. */
class HeadReaderTest {
    private static final String HEAD = "GET /data HTTP/1.1\r\nHost: h\r\n\r\n";

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void gathersAHeadFromPiecesAndLeavesWhatFollows() throws Exception {
        HeadReader reader = new HeadReader();
        byte[] first = ascii("\r\nGET /da");
        assertThat(reader.read(first, 0, first.length)).isEqualTo(first.length);
        assertThat(reader.take()).isNull();
        assertThat(reader.hasPartialHead()).isTrue();
        byte[] rest = ascii("ta HTTP/1.1\r\nHost: h\r\n\r\nNEXT");
        assertThat(reader.read(rest, 0, rest.length)).isEqualTo(rest.length - 4);
        assertThat(reader.take().path()).isEqualTo("/data");
        assertThat(reader.take()).as("taken once").isNull();
        assertThat(reader.hasPartialHead()).isFalse();
    }

    @Test
    void emptyLinesAloneAreNoPartialHead() throws Exception {
        HeadReader reader = new HeadReader();
        byte[] crlf = ascii("\r\n");
        assertThat(reader.read(crlf, 0, crlf.length)).isEqualTo(2);
        assertThat(reader.take()).isNull();
        assertThat(reader.hasPartialHead()).isFalse();
    }

    @Test
    void countsEmptyLinesAcrossReadsAndStartsAgainAfterEachHead() throws Exception {
        HeadReader reader = new HeadReader();
        byte[] emptyLine = ascii("\r\n");
        byte[] head = ascii(HEAD);
        for (int request = 0; request < 3; request++) {
            for (int line = 0; line < HeadReader.MAX_EMPTY_LINES; line++) {
                reader.read(emptyLine, 0, emptyLine.length);
            }
            reader.read(head, 0, head.length);
            assertThat(reader.take()).as("request %d", request).isNotNull();
        }
        for (int line = 0; line < HeadReader.MAX_EMPTY_LINES; line++) {
            reader.read(emptyLine, 0, emptyLine.length);
        }
        assertThatThrownBy(() -> reader.read(emptyLine, 0, emptyLine.length))
                .isInstanceOfSatisfying(HttpProtocolException.class, e -> assertThat(e.reply().status()).isEqualTo(400))
                .hasMessageStartingWith("More than 4 empty lines");
    }
}

package dev.netplayground.engine.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The request head as RFC 9112 frames it, without sockets. */
class HeadParserTest {
    private static RequestHead parse(String head) throws HttpProtocolException {
        byte[] bytes = head.getBytes(StandardCharsets.ISO_8859_1);
        int end = HeadParser.endOfHead(bytes, 0, bytes.length);
        assertThat(end).as("end of head").isEqualTo(bytes.length);
        return HeadParser.parse(bytes, 0, end);
    }

    private static int statusOf(String head) {
        try {
            parse(head);
            throw new AssertionError("parsed: " + head);
        } catch (HttpProtocolException e) {
            return e.reply().status();
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void readsTheFieldsThatFrameTheRequest() throws Exception {
        RequestHead head = parse("POST /data?x=1 HTTP/1.1\r\nHost: h\r\ncontent-TYPE:  application/json \r\n"
                + "Content-Length: 27\r\nX-Other: ignored\r\n\r\n");
        assertThat(head.method()).isEqualTo("POST");
        assertThat(head.path()).isEqualTo("/data");
        assertThat(head.contentType()).isEqualTo("application/json");
        assertThat(head.contentLength()).isEqualTo(27);
        assertThat(head.chunked()).isFalse();
        assertThat(head.http11()).isTrue();
        assertThat(head.persistent()).isTrue();
        assertThat(head.expectContinue()).isFalse();
    }

    @Test
    void methodsAreCaseSensitiveAndAbsoluteTargetsGiveTheirPath() throws Exception {
        assertThat(parse("post /data HTTP/1.1\r\nHost: h\r\n\r\n").method()).isEqualTo("post");
        assertThat(parse("GET http://example.com:80/data?q HTTP/1.1\r\nHost: h\r\n\r\n").path()).isEqualTo("/data");
        assertThat(parse("GET http://example.com?q HTTP/1.1\r\nHost: h\r\n\r\n").path()).isEqualTo("/");
        assertThat(parse("OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n").path()).isEqualTo("*");
    }

    @Test
    void acceptsBareLineFeeds() throws Exception {
        RequestHead head = parse("POST /data HTTP/1.1\nHost: h\nTransfer-Encoding: Chunked\n\n");
        assertThat(head.chunked()).isTrue();
        assertThat(head.declaresBody()).isTrue();
    }

    @ParameterizedTest(name = "{0} → persistent {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GET / HTTP/1.1\\r\\nHost: h\\r\\n\\r\\n                                 | true
            GET / HTTP/1.1\\r\\nHost: h\\r\\nConnection: close\\r\\n\\r\\n          | false
            GET / HTTP/1.1\\r\\nHost: h\\r\\nConnection: Upgrade, Close\\r\\n\\r\\n | false
            GET / HTTP/1.0\\r\\n\\r\\n                                              | false
            GET / HTTP/1.0\\r\\nConnection: Keep-Alive\\r\\n\\r\\n                  | true
            """)
    void keepsTheConnectionAsTheVersionAndConnectionFieldSay(String head, boolean persistent) throws Exception {
        assertThat(parse(head.replace("\\r\\n", "\r\n")).persistent()).isEqualTo(persistent);
    }

    @Test
    void expectsContinueOnlyFromHttp11() throws Exception {
        assertThat(parse("POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-Continue\r\nContent-Length: 5\r\n\r\n")
                .expectContinue()).isTrue();
        assertThat(parse("POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n").expectContinue())
                .isFalse();
    }

    @Test
    void acceptsRepeatedEqualContentLengths() throws Exception {
        assertThat(parse("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5, 5\r\nContent-Length: 5\r\n\r\n")
                .contentLength()).isEqualTo(5);
        assertThat(parse("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999\r\n\r\n")
                .contentLength()).isEqualTo(Long.MAX_VALUE);
    }

    /** Each row gives a head's lines; the empty line that ends every head is added here. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            conflictingContentLengths | POST / HTTP/1.1\\r\\nHost: h\\r\\nContent-Length: 5\\r\\nContent-Length: 6 | 400
            conflictingInOneField | POST / HTTP/1.1\\r\\nHost: h\\r\\nContent-Length: 5, 6 | 400
            negativeContentLength | POST / HTTP/1.1\\r\\nHost: h\\r\\nContent-Length: -1 | 400
            signedContentLength | POST / HTTP/1.1\\r\\nHost: h\\r\\nContent-Length: +5 | 400
            emptyContentLength | POST / HTTP/1.1\\r\\nHost: h\\r\\nContent-Length: | 400
            lengthAndChunked | POST / HTTP/1.1\\r\\nHost: h\\r\\nContent-Length: 5\\r\\nTransfer-Encoding: chunked | 400
            chunkedInHttp10 | POST / HTTP/1.0\\r\\nTransfer-Encoding: chunked | 400
            otherTransferCoding | POST / HTTP/1.1\\r\\nHost: h\\r\\nTransfer-Encoding: gzip, chunked | 501
            foldedLine | GET / HTTP/1.1\\r\\nHost: h\\r\\nX-A: 1\\r\\n  2 | 400
            spaceBeforeColon | GET / HTTP/1.1\\r\\nHost : h | 400
            noColon | GET / HTTP/1.1\\r\\nHost | 400
            controlInValue | GET / HTTP/1.1\\r\\nHost: a\\u0001b | 400
            twoSpacesInRequestLine | GET  / HTTP/1.1\\r\\nHost: h | 400
            missingVersion | GET / | 400
            lowerCaseVersion | GET / http/1.1 | 400
            http2 | GET / HTTP/2.0 | 505
            noHostInHttp11 | GET / HTTP/1.1\\r\\nX-Host: h | 400
            twoHosts | GET / HTTP/1.1\\r\\nHost: h\\r\\nhost: h | 400
            twoHostsInHttp10 | GET / HTTP/1.0\\r\\nHost: h\\r\\nHost: i | 400
            spaceInHost | GET / HTTP/1.1\\r\\nHost: a b | 400
            slashInHost | GET / HTTP/1.1\\r\\nHost: a/b | 400
            """)
    void refusesBadFramingWithTheRightStatus(String name, String lines, int status) {
        String head = lines.replace("\\r\\n", "\r\n").replace("\\u0001", "\u0001") + "\r\n\r\n";
        assertThat(statusOf(head)).isEqualTo(status);
    }

    @Test
    void takesExactlyOneHostInHttp11AndNoneOrOneInHttp10() throws Exception {
        assertThat(parse("GET / HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n").path()).isEqualTo("/");
        assertThat(parse("GET / HTTP/1.1\r\nHost:\r\n\r\n").path()).as("empty: no authority").isEqualTo("/");
        assertThat(parse("GET / HTTP/1.0\r\n\r\n").http11()).isFalse();
        assertThatThrownBy(() -> parse("GET / HTTP/1.1\r\n\r\n"))
                .hasMessageStartingWith("An HTTP/1.1 request must have a Host field;");
        assertThatThrownBy(() -> parse("GET / HTTP/1.1\r\nHost: h\r\nHost: h\r\n\r\n"))
                .hasMessage("The request has more than one Host field; send exactly one.");
    }

    @Test
    void namesTheProblemInTheAnswer() {
        assertThatThrownBy(() -> parse("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n"))
                .hasMessage(
                        "Conflicting Content-Length values (5 and 6); send one Content-Length with the body's size.");
        assertThatThrownBy(() -> parse("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n"))
                .hasMessageContaining("both Content-Length and Transfer-Encoding");
    }

    @Test
    void aRequestLineOverItsLimitIs414AndAHeadOverItsLimitIs431() {
        String longLine = "GET /" + "x".repeat(HeadParser.MAX_REQUEST_LINE_BYTES) + " HTTP/1.1\r\n";
        assertThat(statusOf(longLine + "Host: h\r\n\r\n")).isEqualTo(414);
        String exact = "GET /" + "x".repeat(HeadParser.MAX_REQUEST_LINE_BYTES - 14) + " HTTP/1.1\r\n";
        assertThat(exact.length()).isEqualTo(HeadParser.MAX_REQUEST_LINE_BYTES + 2);
        assertThatCode(() -> parse(exact + "Host: h\r\n\r\n")).doesNotThrowAnyException();

        byte[] unended = ascii("GET /" + "x".repeat(HeadParser.MAX_HEAD_BYTES));
        assertThat(HeadParser.tooLarge(unended, 0, unended.length).reply().status()).isEqualTo(414);
        byte[] longFirst = ascii(longLine + "Host: h\r\n");
        assertThat(HeadParser.tooLarge(longFirst, 0, longFirst.length).reply().status()).isEqualTo(414);
        byte[] manyFields = ascii("GET / HTTP/1.1\r\nX: " + "x".repeat(HeadParser.MAX_HEAD_BYTES));
        assertThat(HeadParser.tooLarge(manyFields, 0, manyFields.length).reply().status()).isEqualTo(431);
    }

    @Test
    void findsTheEndOfAHeadOnlyOnceItHasAllArrived() {
        byte[] head = "GET / HTTP/1.1\r\nHost: h\r\n\r\nNEXT".getBytes(StandardCharsets.US_ASCII);
        assertThat(HeadParser.endOfHead(head, 0, head.length)).isEqualTo(head.length - 4);
        for (int to = 0; to < head.length - 4; to++) {
            assertThat(HeadParser.endOfHead(head, 0, to)).as("first %d bytes", to).isEqualTo(-1);
        }
    }
}

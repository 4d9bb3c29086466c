package dev.netplayground.store;

import dev.netplayground.engine.codec.LineEnding;
import dev.netplayground.engine.http.HttpAuth;
import dev.netplayground.engine.http.HttpHeader;
import dev.netplayground.engine.tcp.ConcurrencyModel;
import java.util.List;

/** One item of each kind and shape, for tests. */
final class Items {
    static final MessageItem HELLO = new MessageItem(Transport.TCP, "127.0.0.1", 5000, PayloadEncoding.TEXT, "hello",
            LineEnding.LF, 1, 0);
    static final MessageItem PING = new MessageItem(Transport.UDP, "127.0.0.1", 6000, PayloadEncoding.HEX,
            "00 FF", LineEnding.NONE, 3, 250);
    static final HttpRequestItem POST_FIVE = new HttpRequestItem("POST", "http://127.0.0.1:3030/data",
            List.of(new HttpHeader("Accept", "text/plain")), new HttpBody.DataForm(5, true), null);
    static final HttpRequestItem PUT_RAW = new HttpRequestItem("PUT", "http://127.0.0.1:8080/things/1",
            List.of(new HttpHeader("Content-Type", "text/plain")), new HttpBody.Raw("hi\nthere"),
            new HttpAuth.Basic("ada", "pw"));
    static final HttpRequestItem GET_ME = new HttpRequestItem("GET", "https://example.org/me", List.of(), null,
            new HttpAuth.Bearer("t0k"));
    static final HttpRequestItem UPLOAD = new HttpRequestItem("PUT", "http://127.0.0.1:8080/upload", List.of(),
            new HttpBody.FromFile("files/payload.bin"), null);
    static final EndpointPreset ECHO_SERVER = new EndpointPreset.TcpServer("127.0.0.1", 5000, ConcurrencyModel.NIO,
            true, 65536, 10000, null, null);
    static final EndpointPreset MULTICAST = new EndpointPreset.UdpReceiver("0.0.0.0", 6000, 1500, false,
            "239.1.2.3", null, null);
    static final EndpointPreset DATA_SERVER = new EndpointPreset.HttpServer("127.0.0.1", 3030, 1048576);
    static final EndpointPreset CLIENT = new EndpointPreset.TcpClient("127.0.0.1", 5000, 5000);
    static final EndpointPreset SENDER = new EndpointPreset.UdpSender("0.0.0.0", "255.255.255.255", 6000, true);
    static final SequenceItem WARM_UP = new SequenceItem(List.of("hello", "requests/post five"), 200);

    private Items() {}
}

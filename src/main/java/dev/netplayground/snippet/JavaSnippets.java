package dev.netplayground.snippet;

import dev.netplayground.engine.codec.LineEnding;
import java.util.Map;

/** Java programs: java.net with a virtual thread per client, java.net.http, Jackson for the server. */
final class JavaSnippets {
    private JavaSnippets() {}

    static String write(SnippetSetup setup) {
        return Template.fill("java/" + className(setup.kind()) + ".java.tmpl", Map.of(
                "HOST", Literals.java(setup.host()),
                "PORT", Integer.toString(setup.port()),
                "ECHO", Boolean.toString(setup.echo()),
                "LINE_ENDING", Literals.java(setup.lineEnding() == LineEnding.CRLF ? "\r\n" : "\n"),
                "URL", Literals.java(Snippets.url(setup)),
                "BODY", Literals.java(setup.body())));
    }

    /** The public class a program declares, so the file it is saved in is named after it. */
    static String className(Kind kind) {
        return switch (kind) {
            case TCP_SERVER -> "TcpServer";
            case TCP_CLIENT -> "TcpClient";
            case UDP_RECEIVER -> "UdpReceiver";
            case UDP_SENDER -> "UdpSender";
            case HTTP_SERVER -> "DataServer";
            case HTTP_POST -> "DataPost";
        };
    }
}

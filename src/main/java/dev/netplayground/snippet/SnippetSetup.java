package dev.netplayground.snippet;

import dev.netplayground.engine.codec.LineEnding;
import java.util.regex.Pattern;

/**
 * What a generated program is set up with: the endpoint's kind, where it listens or connects,
 * and its options. Every value is checked here, so a generator only has to write it down.
 *
 * @param async      tokio instead of threads (Rust only)
 * @param echo       servers send back what they receive (tcp-server, udp-receiver)
 * @param lineEnding what a TCP client appends to each line of its input (LF or CRLF)
 * @param body       the JSON text an HTTP client posts, sent as it is
 */
public record SnippetSetup(Kind kind, boolean async, String host, int port, boolean echo, LineEnding lineEnding,
        String body) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final String DEFAULT_BODY = "{\"number\":5,\"boolean\":true}";

    /** Host names and IPv4 or IPv6 literals; nothing a program's string or a shell could misread. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._-]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    public SnippetSetup {
        if (kind == null || lineEnding == null || host == null || body == null) {
            throw new IllegalArgumentException("a snippet needs a kind, a host, a line ending and a body");
        }
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("invalid host '" + host
                    + "': expected a host name or an IP address, such as 127.0.0.1 or ::1");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("invalid port " + port + ": expected 0 to 65535");
        }
        if (port == 0 && !kind.isServer()) {
            throw new IllegalArgumentException("a client needs a port from 1 to 65535; 0 is for a server that picks "
                    + "a free one");
        }
        if (lineEnding == LineEnding.NONE) {
            throw new IllegalArgumentException("a client that sends lines needs a line ending: LF or CRLF");
        }
        if (echo && kind != Kind.TCP_SERVER && kind != Kind.UDP_RECEIVER) {
            throw new IllegalArgumentException("--echo is for tcp-server and udp-receiver, not " + kind.cliName());
        }
    }

    /** The usual setup of a kind: loopback, its default port, no echo, LF, the talk's Data. */
    public static SnippetSetup of(Kind kind) {
        return new SnippetSetup(kind, false, DEFAULT_HOST, kind.defaultPort(), false, LineEnding.LF, DEFAULT_BODY);
    }

    public SnippetSetup withAsync(boolean async) {
        return new SnippetSetup(kind, async, host, port, echo, lineEnding, body);
    }

    public SnippetSetup withAddress(String host, int port) {
        return new SnippetSetup(kind, async, host, port, echo, lineEnding, body);
    }

    public SnippetSetup withEcho(boolean echo) {
        return new SnippetSetup(kind, async, host, port, echo, lineEnding, body);
    }

    public SnippetSetup withLineEnding(LineEnding lineEnding) {
        return new SnippetSetup(kind, async, host, port, echo, lineEnding, body);
    }

    public SnippetSetup withBody(String body) {
        return new SnippetSetup(kind, async, host, port, echo, lineEnding, body);
    }

    /** The host as it goes in a URL or a socat address: IPv6 literals in brackets. */
    public String hostForUrl() {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** The wildcard address of the host's family, for a client's own socket. */
    public String anyLocalAddress() {
        return host.contains(":") ? "::" : "0.0.0.0";
    }
}

package dev.netplayground.engine.http;

import dev.netplayground.engine.codec.TextCodec;
import java.util.Optional;

/** A request as a curl command line for a POSIX shell: what "Copy as curl" gives. */
public final class CurlCommand {
    private CurlCommand() {}

    /** E.g. {@code curl -sS -X PUT 'http://h/x' -H 'Accept: text/plain' -u 'ada:pw' --data-raw 'hi'}. */
    public static String of(ClientRequest request) {
        StringBuilder command = new StringBuilder("curl -sS -X ").append(request.method()).append(' ')
                .append(quote(request.url()));
        for (HttpHeader header : request.headers()) {
            command.append(" -H ").append(quote(header.toString()));
        }
        switch (request.auth()) {
            case HttpAuth.Basic basic -> command.append(" -u ").append(quote(basic.user() + ":" + basic.password()));
            case HttpAuth.Bearer bearer -> command.append(" --oauth2-bearer ").append(quote(bearer.token()));
            case null -> { }
        }
        switch (request.content()) {
            case RequestContent.Bytes bytes -> {
                Optional<String> text = TextCodec.decodeUtf8(bytes.bytes());
                command.append(text.isPresent() && text.get().indexOf('\0') < 0
                        ? " --data-raw " + quote(text.get()) : " --data-binary " + ansiQuote(bytes.bytes()));
            }
            case RequestContent.FromFile file -> command.append(" --data-binary ").append(quote("@" + file.file()));
            case null -> { }
        }
        return command.toString();
    }

    /** Single quotes keep everything literal; a quote inside becomes {@code '\''}. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** Bash's {@code $'...'} with every byte as {@code \xHH}, for bodies that are not text. */
    private static String ansiQuote(byte[] bytes) {
        StringBuilder out = new StringBuilder("$'");
        for (byte b : bytes) {
            out.append(String.format("\\x%02X", b & 0xFF));
        }
        return out.append('\'').toString();
    }
}

package dev.netplayground.engine.http;

import dev.netplayground.engine.codec.TextCodec;
import java.util.function.Consumer;

/**
 * The rules of {@code POST /data}, apart from sockets: which requests get which answer.
 * Pure functions; the server feeds them what it read.
 */
final class DataRoute {
    static final String PATH = "/data";

    private DataRoute() {}

    /** The answer known before reading the body, or null when it must be read; no Content-Type reads as JSON. */
    static Reply check(String method, String path, String contentType, long contentLength, int maxBodyBytes) {
        if (!PATH.equals(path)) {
            return Reply.of(404, "No route for " + method + " " + path + ". POST a JSON Data object to " + PATH + ".");
        }
        if (!"POST".equals(method)) {
            return new Reply(405, "Method " + method + " is not allowed on " + PATH + "; use POST.", "POST");
        }
        if (contentType != null && !JsonContentType.accepts(contentType)) {
            return Reply.of(415, "Content-Type must be application/json, not '"
                    + TextCodec.escapeControls(contentType) + "'.");
        }
        if (contentLength > maxBodyBytes) {
            return Reply.tooLarge(maxBodyBytes);
        }
        return null;
    }

    /** The answer to a body that passed {@link #check}. */
    static Reply answer(byte[] body, Consumer<Data> accepted) {
        try {
            Data data = DataJson.parse(body);
            accepted.accept(data);
            return Reply.of(200, "Received: " + data);
        } catch (DataRejectedException e) {
            return Reply.of(400, e.getMessage());
        }
    }
}

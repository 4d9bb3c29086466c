package dev.netplayground.engine.http;

import java.nio.file.Files;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Turns a {@link ClientRequest} into OkHttp's request, or says in one sentence why it cannot. */
final class OkHttpRequests {
    private static final byte[] EMPTY = new byte[0];
    // As OkHttp's own rules: these two never carry a body, these five always do.
    private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD");
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH", "PROPPATCH", "REPORT");

    private OkHttpRequests() {}

    /** @throws IllegalArgumentException with a message to show */
    static Request build(HttpUrl target, ClientRequest request) {
        Request.Builder builder = new Request.Builder().url(target);
        for (HttpHeader header : request.headers()) {
            try {
                builder.addHeader(header.name(), header.value());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The header '" + header + "' cannot be sent: " + e.getMessage()
                        + ". Header names and values must be printable ASCII.", e);
            }
        }
        if (request.auth() != null) {
            builder.header("Authorization", request.auth().headerValue());
        }
        String method = request.method();
        if (request.content() != null && WITHOUT_BODY.contains(method)) {
            throw new IllegalArgumentException("A " + method + " request cannot carry a body; remove the body or use "
                    + "POST or PUT.");
        }
        return builder.method(method, body(request)).build();
    }

    // The body has no media type of its own, so OkHttp keeps the Content-Type header as given.
    private static RequestBody body(ClientRequest request) {
        return switch (request.content()) {
            case RequestContent.Bytes bytes -> RequestBody.create(bytes.bytes(), null);
            case RequestContent.FromFile file -> {
                if (!Files.isRegularFile(file.file()) || !Files.isReadable(file.file())) {
                    throw new IllegalArgumentException("Cannot read the body file " + file.file()
                            + ": it does not exist or is not a readable file.");
                }
                yield RequestBody.create(file.file().toFile(), null);
            }
            case null -> WITH_BODY.contains(request.method()) ? RequestBody.create(EMPTY, null) : null;
        };
    }
}

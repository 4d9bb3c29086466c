package dev.netplayground.engine.http;

import java.util.function.Consumer;

/** The {@link DataRoute} rules as the server's handler. */
record DataHandler(int maxBodyBytes, Consumer<Data> accepted) implements HttpHandler {
    @Override
    public Reply check(RequestHead head) {
        return DataRoute.check(head.method(), head.path(), head.contentType(), head.contentLength(), maxBodyBytes);
    }

    @Override
    public Reply answer(RequestHead head, byte[] body) {
        return DataRoute.answer(body, accepted);
    }
}

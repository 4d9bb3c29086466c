package dev.netplayground.engine.http;

/**
 * What the server uses of a request's head.
 *
 * @param method         as sent: methods are case-sensitive
 * @param path           the request-target without its query (and without scheme and host in absolute form)
 * @param http11         HTTP/1.1 (or a later 1.x) rather than 1.0
 * @param contentType    the Content-Type field, null when absent
 * @param contentLength  the Content-Length field, -1 when absent
 * @param chunked        the body comes with {@code Transfer-Encoding: chunked}
 * @param persistent     the connection stays open after the answer (version and Connection field)
 * @param expectContinue the client waits for {@code 100 Continue} before sending the body
 */
record RequestHead(String method, String path, boolean http11, String contentType,
        long contentLength, boolean chunked, boolean persistent, boolean expectContinue) {
    boolean declaresBody() {
        return chunked || contentLength > 0;
    }

    /** A HEAD request: its answer has the headers of a GET's and no body. */
    boolean isHead() {
        return method.equals("HEAD");
    }
}

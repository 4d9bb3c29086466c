package dev.netplayground.engine.http;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * One request for {@link DataClient#send}: any method, any headers, an optional body and
 * authorization.
 *
 * @param method  an HTTP method token such as GET, PUT or DELETE (upper-cased)
 * @param url     a full http or https URL
 * @param headers sent in this order; a Content-Type among them is the body's type
 * @param content the body, or null for none
 * @param auth    adds an Authorization header, or null
 * @param timeout for the whole call, from connecting to the end of the answer's body
 */
public record ClientRequest(
        String method, String url, List<HttpHeader> headers, RequestContent content, HttpAuth auth,
        Duration timeout) {
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";

    public ClientRequest {
        if (method == null || !method.matches(TOKEN)) {
            throw new IllegalArgumentException("'" + method + "' is not an HTTP method; use one such as GET or POST.");
        }
        method = method.toUpperCase(Locale.ROOT);
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("The request needs a URL such as http://127.0.0.1:3030/data.");
        }
        headers = headers == null ? List.of() : List.copyOf(headers);
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The timeout must be positive.");
        }
    }

    /** The first Content-Type header's value, or null. */
    public String contentType() {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase("Content-Type")).map(HttpHeader::value)
                .findFirst().orElse(null);
    }
}

package dev.netplayground.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.netplayground.engine.http.ClientRequest;
import dev.netplayground.engine.http.HttpAuth;
import dev.netplayground.engine.http.HttpHeader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An HTTP request to send again.
 *
 * @param method  GET, POST, PUT, DELETE or any other method token
 * @param url     a full http or https URL
 * @param headers sent in this order
 * @param body    the body, or null for none
 * @param auth    basic or bearer authorization, or null
 */
public record HttpRequestItem(
        @JsonProperty(required = true) String method,
        @JsonProperty(required = true) String url,
        List<HttpHeader> headers,
        HttpBody body,
        HttpAuth auth) implements SavedItem {
    public HttpRequestItem {
        if (headers != null && headers.stream().anyMatch(header -> header == null)) {
            throw new IllegalArgumentException("Every header needs a name and a value.");
        }
        headers = headers == null ? List.of() : List.copyOf(headers);
        // The engine's rules for method and headers, checked when the file is read rather than when sent.
        ClientRequest checked = new ClientRequest(method, checkUrl(url), headers, null, auth, Duration.ofSeconds(1));
        method = checked.method();
    }

    private static String checkUrl(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // Said below.
        }
        throw new IllegalArgumentException("'" + url + "' is not a full http or https URL such as "
                + "http://127.0.0.1:3030/data.");
    }

    /** The request to send; a body file's path is relative to {@code workspace}. */
    public ClientRequest toClientRequest(Path workspace, Duration timeout) {
        List<HttpHeader> sent = new ArrayList<>(headers);
        boolean typed = sent.stream().anyMatch(h -> h.name().equalsIgnoreCase("Content-Type"));
        if (body != null && !typed && body.impliedContentType() != null) {
            sent.add(new HttpHeader("Content-Type", body.impliedContentType()));
        }
        return new ClientRequest(method, url.trim(), sent, body == null ? null : body.content(workspace), auth,
                timeout);
    }

    @Override
    public ItemKind kind() {
        return ItemKind.REQUESTS;
    }

    @Override
    public String summary() {
        return method + " " + url;
    }
}

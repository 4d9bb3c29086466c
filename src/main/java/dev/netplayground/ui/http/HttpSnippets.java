package dev.netplayground.ui.http;

import dev.netplayground.snippet.Kind;
import dev.netplayground.snippet.SnippetSetup;
import dev.netplayground.ui.common.Inputs;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * What "Copy as…" writes for this tab's panes: their current setup (a running server's real port,
 * else the port typed). Each throws IllegalArgumentException with the form's sentence when a field
 * holds no value. FX thread only.
 */
final class HttpSnippets {
    private HttpSnippets() {}

    static SnippetSetup of(HttpServerViewModel server) {
        int port = server.runningProperty().get() ? URI.create(server.urlProperty().get()).getPort()
                : Inputs.port(server.portProperty().get(), true);
        return SnippetSetup.of(Kind.HTTP_SERVER).withAddress(server.bindAddressProperty().get().trim(), port);
    }

    /** The client's URL gives the host and port (the program posts to /data); its form gives the body. */
    static SnippetSetup of(HttpClientViewModel client) {
        URI url;
        try {
            url = new URI(client.urlProperty().get().trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The URL is not valid: " + e.getReason() + ".");
        }
        if (url.getHost() == null || !"http".equals(url.getScheme())) {
            throw new IllegalArgumentException("The URL must be an http:// URL with a host, such as "
                    + "http://127.0.0.1:3030/data.");
        }
        String host = url.getHost().startsWith("[") ? url.getHost().substring(1, url.getHost().length() - 1)
                : url.getHost();
        return SnippetSetup.of(Kind.HTTP_POST).withAddress(host, url.getPort() == -1 ? 80 : url.getPort())
                .withBody(client.body());
    }
}

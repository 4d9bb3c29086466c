package dev.netplayground.ui.http;

import dev.netplayground.engine.http.Data;
import dev.netplayground.engine.http.DataJson;
import dev.netplayground.engine.http.DataServerConfig;
import dev.netplayground.engine.http.HttpHeader;
import dev.netplayground.store.EndpointPreset;
import dev.netplayground.store.HttpBody;
import dev.netplayground.store.HttpRequestItem;
import dev.netplayground.ui.common.ItemPane;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The HTTP panes as saved items and back, and the client form's header lines. FX thread only. */
final class HttpItems {
    static final String JSON = "application/json";
    /** Methods the client sends without a body (OkHttp refuses one). */
    static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD");

    private HttpItems() {}

    static ItemPane client(HttpClientViewModel client) {
        return new ItemPane(client::toItem, HttpRequestItem.class::isInstance,
                item -> client.load((HttpRequestItem) item));
    }

    static ItemPane server(HttpServerViewModel server) {
        return new ItemPane(() -> preset(server), EndpointPreset.HttpServer.class::isInstance,
                item -> load(server, (EndpointPreset.HttpServer) item));
    }

    /** The server's form as a preset; a refused field is marked and named, as Start does. */
    static EndpointPreset.HttpServer preset(HttpServerViewModel server) {
        DataServerConfig config = server.readForm();
        return new EndpointPreset.HttpServer(config.bindAddress(), config.port(), config.maxBodyBytes());
    }

    private static void load(HttpServerViewModel server, EndpointPreset.HttpServer preset) {
        if (server.runningProperty().get() || server.busyProperty().get()) {
            throw new IllegalArgumentException("Stop the HTTP server first: its setup is locked while it runs.");
        }
        server.bindAddressProperty().set(preset.bindAddress());
        server.portProperty().set(String.valueOf(preset.port()));
        server.maxBodyProperty().set(String.valueOf(preset.maxBodyBytes()));
    }

    /**
     * The headers of the non-blank lines, each {@code Name: value}.
     *
     * @throws IllegalArgumentException naming the line that is not a header
     */
    static List<HttpHeader> parseHeaders(String text) {
        List<HttpHeader> headers = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("Header line " + (i + 1) + " ('" + line + "') is not in the form "
                        + "Name: value.");
            }
            headers.add(new HttpHeader(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
        }
        return headers;
    }

    /**
     * A request's headers as the form shows them, its authorization as one more header; a JSON
     * Content-Type is left out when the body is the form's (the form adds it again).
     */
    static String headerLines(HttpRequestItem request) {
        List<String> lines = new ArrayList<>();
        boolean formBody = request.body() instanceof HttpBody.Raw || request.body() instanceof HttpBody.DataForm;
        for (HttpHeader header : request.headers()) {
            if (!(formBody && header.name().equalsIgnoreCase("Content-Type") && header.value().equals(JSON))) {
                lines.add(header.toString());
            }
        }
        if (request.auth() != null) {
            lines.add("Authorization: " + request.auth().headerValue());
        }
        return String.join("\n", lines);
    }

    /** The first Content-Type among the headers, or null. */
    static String contentType(List<HttpHeader> headers) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase("Content-Type")).map(HttpHeader::value)
                .findFirst().orElse(null);
    }

    /** A body as text: the Data's JSON, the raw text, or {@code @file}. */
    static String bodyText(HttpBody body) {
        return switch (body) {
            case HttpBody.DataForm data -> DataJson.toJson(new Data(data.number(), data.bool()));
            case HttpBody.Raw raw -> raw.text();
            case HttpBody.FromFile file -> "@" + file.path();
        };
    }
}

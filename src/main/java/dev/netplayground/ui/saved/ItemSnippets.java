package dev.netplayground.ui.saved;

import dev.netplayground.engine.codec.LineEnding;
import dev.netplayground.engine.http.Data;
import dev.netplayground.engine.http.DataJson;
import dev.netplayground.snippet.Kind;
import dev.netplayground.snippet.SnippetSetup;
import dev.netplayground.store.EndpointPreset;
import dev.netplayground.store.HttpBody;
import dev.netplayground.store.HttpRequestItem;
import dev.netplayground.store.MessageItem;
import dev.netplayground.store.SavedItem;
import dev.netplayground.store.SequenceItem;
import dev.netplayground.store.Transport;
import java.net.URI;
import java.util.Optional;

/** What "Copy as…" of a saved item writes a program for: the item's endpoint kind and setup. A pure function. */
final class ItemSnippets {
    private ItemSnippets() {}

    /** The kind of program an item makes; empty for a sequence, which makes none. */
    static Optional<Kind> kindOf(SavedItem item) {
        return Optional.ofNullable(switch (item) {
            case MessageItem message -> message.transport() == Transport.TCP ? Kind.TCP_CLIENT : Kind.UDP_SENDER;
            case HttpRequestItem request -> Kind.HTTP_POST;
            case EndpointPreset.TcpServer server -> Kind.TCP_SERVER;
            case EndpointPreset.UdpReceiver receiver -> Kind.UDP_RECEIVER;
            case EndpointPreset.HttpServer server -> Kind.HTTP_SERVER;
            case EndpointPreset.TcpClient client -> Kind.TCP_CLIENT;
            case EndpointPreset.UdpSender sender -> Kind.UDP_SENDER;
            case SequenceItem sequence -> null;
        });
    }

    /**
     * The setup of the item's program.
     *
     * @throws IllegalArgumentException saying why no program can be written for it
     */
    static SnippetSetup setup(SavedItem item) {
        Kind kind = kindOf(item).orElseThrow(() -> new IllegalArgumentException("A sequence has no program of its "
                + "own; copy its steps one by one."));
        SnippetSetup base = SnippetSetup.of(kind);
        return switch (item) {
            case MessageItem message -> base.withAddress(message.host(), message.port())
                    .withLineEnding(message.lineEnding() == LineEnding.NONE ? LineEnding.LF : message.lineEnding());
            case HttpRequestItem request -> post(base, request);
            case EndpointPreset.TcpServer server -> base.withAddress(server.bindAddress(), server.port())
                    .withEcho(server.echo());
            case EndpointPreset.UdpReceiver receiver -> base.withAddress(receiver.bindAddress(), receiver.port())
                    .withEcho(receiver.echo());
            case EndpointPreset.HttpServer server -> base.withAddress(server.bindAddress(), server.port());
            case EndpointPreset.TcpClient client -> base.withAddress(client.host(), client.port());
            case EndpointPreset.UdpSender sender -> base.withAddress(sender.host(), sender.port());
            case SequenceItem sequence -> base;
        };
    }

    /** The HTTP programs post a body to the URL's host and port. */
    private static SnippetSetup post(SnippetSetup base, HttpRequestItem request) {
        if (!request.method().equals("POST")) {
            throw new IllegalArgumentException("The generated HTTP clients send POST requests, and this one is a "
                    + request.method() + "; use Copy as curl in the HTTP tab instead.");
        }
        URI url = URI.create(request.url().trim());
        int port = url.getPort() != -1 ? url.getPort() : url.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        String host = url.getHost().startsWith("[") ? url.getHost().substring(1, url.getHost().length() - 1)
                : url.getHost();
        SnippetSetup setup = base.withAddress(host, port);
        return switch (request.body()) {
            case HttpBody.DataForm data -> setup.withBody(DataJson.toJson(new Data(data.number(), data.bool())));
            case HttpBody.Raw raw -> setup.withBody(raw.text());
            case HttpBody.FromFile file -> throw new IllegalArgumentException("This request's body is the file "
                    + file.path() + ", which the generated programs do not read.");
            case null -> setup.withBody("");
        };
    }
}

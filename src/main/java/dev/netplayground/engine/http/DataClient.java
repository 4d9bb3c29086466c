package dev.netplayground.engine.http;

import dev.netplayground.engine.codec.TextCodec;
import dev.netplayground.engine.core.Addresses;
import dev.netplayground.engine.core.Endpoint;
import dev.netplayground.engine.core.EngineThreads;
import dev.netplayground.engine.core.NetErrors;
import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.tls.ClientTls;
import dev.netplayground.engine.tls.TlsFailures;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * Sends HTTP requests with OkHttp (any method, headers, body and authorization; POSTs of JSON
 * in one call) and reports the answer. Calls run on the engine's virtual threads
 * (OkHttp's own dispatcher is never used); failures come back as messages ready to show.
 * Thread-safe.
 */
public final class DataClient implements Endpoint {
    /** The most of an answer's body read into memory; the rest is left unread and said to be cut. */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
    private static final HttpHeader JSON_TYPE = new HttpHeader("Content-Type", "application/json; charset=utf-8");

    private final String id;
    private final EngineThreads threads;
    private final EventEmitter events;
    private final int maxResponseBytes;
    private final OkHttpClient client = new OkHttpClient();

    public DataClient(String id, EngineThreads threads, EventEmitter events, int maxResponseBytes) {
        if (maxResponseBytes < 0) {
            throw new IllegalArgumentException("maxResponseBytes must not be negative: " + maxResponseBytes);
        }
        this.id = id;
        this.threads = threads;
        this.events = events;
        this.maxResponseBytes = maxResponseBytes;
    }

    /** A client between requests is idle; each request ends in an event. */
    @Override
    public boolean isActive() {
        return false;
    }

    @Override
    public String id() {
        return id;
    }

    /** Sends {@code body} as is (valid JSON or not) in the background; the future fails with a message to show. */
    public CompletableFuture<HttpResult> post(String url, String body, Duration timeout) {
        return post(url, body, timeout, null);
    }

    /** As {@link #post(String, String, Duration)}, an https URL with {@code tls} (null: OkHttp's defaults). */
    public CompletableFuture<HttpResult> post(String url, String body, Duration timeout, ClientTls tls) {
        ClientRequest request;
        try {
            request = new ClientRequest("POST", url, List.of(JSON_TYPE), new RequestContent.Bytes(
                    body.getBytes(StandardCharsets.UTF_8)), null, timeout);
        } catch (IllegalArgumentException e) {
            return fail("", e.getMessage());
        }
        return send(request, tls);
    }

    /**
     * Sends any request in the background; the future fails with a message to show. A body's
     * type is its Content-Type header as given; {@code auth} replaces any Authorization header.
     */
    public CompletableFuture<HttpResult> send(ClientRequest request) {
        return send(request, null);
    }

    /**
     * As {@link #send(ClientRequest)}; an https URL speaks TLS as {@code tls} says (null: verified
     * against the system's authorities), and each request's TLS facts are logged.
     */
    public CompletableFuture<HttpResult> send(ClientRequest request, ClientTls tls) {
        HttpUrl target = HttpUrl.parse(request.url().trim());
        if (target == null) {
            return fail("", "Invalid URL '" + request.url() + "'. Use a full URL such as http://127.0.0.1:3030/data.");
        }
        String peer = Addresses.hostPort(target.host(), target.port());
        Request built;
        try {
            built = OkHttpRequests.build(target, request);
        } catch (IllegalArgumentException e) {
            return fail(peer, e.getMessage());
        }
        CompletableFuture<HttpResult> result = new CompletableFuture<>();
        threads.virtual(id + "-" + request.method().toLowerCase(Locale.ROOT), () -> {
            try {
                execute(built, request, tls, peer, result);
            } catch (RuntimeException e) {
                // A failure nobody foresaw (a bad timeout, a bug) still ends the future: no caller waits forever.
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private CompletableFuture<HttpResult> fail(String peer, String message) {
        events.emit(EventKind.FAILED, peer, message);
        return CompletableFuture.failedFuture(new IOException(message));
    }

    private void execute(Request request, ClientRequest asked, ClientTls tls, String peer,
            CompletableFuture<HttpResult> result) {
        HttpUrl target = request.url();
        OkHttpClient timed = configured(asked.timeout(), tls, peer);
        String line = asked.method() + " " + target;
        switch (asked.content()) {
            case RequestContent.Bytes bytes -> events.emitData(EventKind.SENT, peer, bytes.bytes(), 0,
                    bytes.bytes().length, line);
            case RequestContent.FromFile file -> events.emit(EventKind.SENT, peer, line + " with the body from "
                    + file.file());
            case null -> events.emit(EventKind.SENT, peer, line);
        }
        long start = System.nanoTime();
        try (Response response = timed.newCall(request).execute()) {
            BufferedSource source = response.body().source();
            boolean cut = source.request(maxResponseBytes + 1L);
            byte[] answer = source.getBuffer().readByteArray(Math.min(source.getBuffer().size(), maxResponseBytes));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            List<String> headers = new ArrayList<>();
            response.headers().forEach(pair -> headers.add(pair.getFirst() + ": " + pair.getSecond()));
            HttpResult http = new HttpResult(response.code(), response.message(), headers, TextCodec.decodeUtf8(answer)
                    .orElseGet(() -> "hex: " + TextCodec.toHex(answer)), elapsed, cut ? maxResponseBytes : -1);
            String note = cut ? " (body cut at " + String.format(Locale.ROOT, "%,d", maxResponseBytes) + " bytes)" : "";
            events.emitData(http.isSuccess() ? EventKind.RECEIVED : EventKind.REJECTED, peer, answer, 0, answer.length,
                    String.format(Locale.ROOT, "%s in %.1f ms%s: %s", http.statusLine(), elapsed.toNanos() / 1e6,
                            note, TextCodec.escapeControls(http.body())));
            result.complete(http);
        } catch (IOException e) {
            String message = tls != null && (e instanceof SSLException || tls.refusedForWantOfACertificate(e))
                    ? tls.failure(e, target.host())
                    : e instanceof SSLException ? TlsFailures.client(e, target.host())
                    : describe(e, target, asked.timeout());
            events.emit(EventKind.FAILED, peer, message);
            result.completeExceptionally(new IOException(message, e));
        }
    }

    private OkHttpClient configured(Duration timeout, ClientTls tls, String peer) {
        boolean insecure = tls != null && tls.settings().insecure();
        OkHttpClient.Builder builder = client.newBuilder().callTimeout(timeout)
                .eventListener(new SecuredEvents(events, peer, insecure ? ClientTls.INSECURE_WARNING + " " : ""));
        if (tls != null) {
            // The socket factory checks the server's name (or --servername) during the handshake, as for TCP;
            // OkHttp's own check after it would use the URL's host only.
            builder.sslSocketFactory(tls.socketFactory(), tls.trustManager()).hostnameVerifier((host, session) -> true);
        }
        return builder.build();
    }

    private static String describe(IOException e, HttpUrl target, Duration timeout) {
        if (e instanceof ConnectException || e instanceof UnknownHostException) {
            return NetErrors.connectFailure(e, target.host(), target.port(), timeout.toMillis());
        }
        if (e instanceof InterruptedIOException) {
            return "Timed out after " + timeout.toMillis() + " ms waiting for " + target
                    + ". The server may be slow or not answering HTTP; raise the timeout or check the URL.";
        }
        if (e instanceof FileNotFoundException || e instanceof NoSuchFileException) {
            return "Cannot read the body file: " + e.getMessage() + ".";
        }
        return "The request to " + target + " failed: " + e.getMessage();
    }

    /** The same POST of JSON as a curl command line, for a terminal. */
    public static String curl(String url, String body) {
        return CurlCommand.of(new ClientRequest("POST", url.trim(), List.of(new HttpHeader("Content-Type",
                "application/json")), new RequestContent.Bytes(body.getBytes(StandardCharsets.UTF_8)), null,
                Duration.ofSeconds(10)));
    }

    /** Releases OkHttp's pooled connections. */
    @Override
    public void close() {
        client.connectionPool().evictAll();
        client.dispatcher().executorService().shutdown();
    }
}

package dev.netplayground.engine.http;

import dev.netplayground.engine.codec.TextCodec;
import dev.netplayground.engine.core.Endpoint;
import dev.netplayground.engine.core.EngineThreads;
import dev.netplayground.engine.core.NetErrors;
import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * POSTs JSON with OkHttp and reports the answer. Calls run on the engine's virtual threads
 * (OkHttp's own dispatcher is never used); failures come back as messages ready to show.
 * Thread-safe.
 */
public final class DataClient implements Endpoint {
    /** The most of an answer's body read into memory; the rest is left unread and said to be cut. */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

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
        CompletableFuture<HttpResult> result = new CompletableFuture<>();
        HttpUrl target = HttpUrl.parse(url.trim());
        if (target == null) {
            String message = "Invalid URL '" + url + "'. Use a full URL such as http://127.0.0.1:3030/data.";
            events.emit(EventKind.FAILED, "", message);
            return CompletableFuture.failedFuture(new IOException(message));
        }
        threads.virtual(id + "-post", () -> {
            try {
                execute(target, body, timeout, result);
            } catch (RuntimeException e) {
                // A failure nobody foresaw (a bad timeout, a bug) still ends the future: no caller waits forever.
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private void execute(HttpUrl target, String body, Duration timeout, CompletableFuture<HttpResult> result) {
        String peer = target.host() + ":" + target.port();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Request request = new Request.Builder().url(target).post(RequestBody.create(bytes, JSON)).build();
        OkHttpClient timed = client.newBuilder().callTimeout(timeout).build();
        events.emitData(EventKind.SENT, peer, bytes, 0, bytes.length, "POST " + target);
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
            String message = describe(e, target, timeout);
            events.emit(EventKind.FAILED, peer, message);
            result.completeExceptionally(new IOException(message, e));
        }
    }

    private static String describe(IOException e, HttpUrl target, Duration timeout) {
        if (e instanceof ConnectException || e instanceof UnknownHostException) {
            return NetErrors.connectFailure(e, target.host(), target.port(), timeout.toMillis());
        }
        if (e instanceof InterruptedIOException) {
            return "Timed out after " + timeout.toMillis() + " ms waiting for " + target
                    + ". The server may be slow or not answering HTTP; raise the timeout or check the URL.";
        }
        return "The request to " + target + " failed: " + e.getMessage();
    }

    /** The same request as a curl command line, for a terminal. */
    public static String curl(String url, String body) {
        return "curl -sS -X POST " + shellQuote(url.trim()) + " -H 'Content-Type: application/json' --data-raw "
                + shellQuote(body);
    }

    private static String shellQuote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** Releases OkHttp's pooled connections. */
    @Override
    public void close() {
        client.connectionPool().evictAll();
        client.dispatcher().executorService().shutdown();
    }
}

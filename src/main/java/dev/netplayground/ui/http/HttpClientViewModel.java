package dev.netplayground.ui.http;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.http.ClientRequest;
import dev.netplayground.engine.http.CurlCommand;
import dev.netplayground.engine.http.Data;
import dev.netplayground.engine.http.DataClient;
import dev.netplayground.engine.http.DataJson;
import dev.netplayground.engine.http.HttpHeader;
import dev.netplayground.engine.http.HttpResult;
import dev.netplayground.engine.tls.ClientTls;
import dev.netplayground.store.CurlImport;
import dev.netplayground.store.HttpBody;
import dev.netplayground.store.HttpRequestItem;
import dev.netplayground.store.Session;
import dev.netplayground.ui.common.Failures;
import dev.netplayground.ui.common.Inputs;
import dev.netplayground.ui.common.PaneModel;
import dev.netplayground.ui.common.TlsChoices;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the HTTP client pane: any method, headers, a Data form or a raw body, sent
 * with OkHttp off the FX thread, the answer, a history to re-send, and the same request as curl
 * or a saved item. FX thread only.
 */
public final class HttpClientViewModel implements PaneModel {
    static final int MAX_HISTORY = 200;

    /** A request sent, and how it was answered. */
    public record HistoryEntry(Instant time, HttpRequestItem request, String outcome) {
        /** The body as sent, or null for none. */
        public String body() {
            return request.body() == null ? null : HttpItems.bodyText(request.body());
        }

        @Override
        public String toString() {
            String sent = request.body() == null ? request.method() + " " + request.url()
                    : (request.method().equals("POST") ? "" : request.method() + " ") + body();
            return sent + "  →  " + outcome;
        }
    }

    // A saved request's body file is relative to its workspace; the form never holds one.
    private static final Path NO_WORKSPACE = Path.of("");

    private final Engine engine;
    private final Executor fx;
    private final DataClient client;
    private final StringProperty method = new SimpleStringProperty("POST");
    private final StringProperty url = new SimpleStringProperty("http://127.0.0.1:3030/data");
    private final StringProperty headers = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("5");
    private final BooleanProperty bool = new SimpleBooleanProperty(true);
    private final BooleanProperty rawMode = new SimpleBooleanProperty();
    private final StringProperty rawJson = new SimpleStringProperty("{\"number\": 5, \"boolean\": true}");
    private final StringProperty timeoutMillis = new SimpleStringProperty("10000");
    private final BooleanProperty insecure = new SimpleBooleanProperty();
    private final BooleanBinding https = Bindings.createBooleanBinding(() -> isHttps(url.get()), url);
    private final BooleanBinding insecureInUse = https.and(insecure);
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Not sent yet");
    private final ReadOnlyStringWrapper response = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper lastSucceeded = new ReadOnlyBooleanWrapper();
    private final StringBinding numberError = Bindings.createStringBinding(this::checkNumber, number, rawMode);
    private final ObservableList<HistoryEntry> history = FXCollections.observableArrayList();

    public HttpClientViewModel(Engine engine, Executor fx) {
        this.engine = engine;
        this.fx = fx;
        this.client = engine.createDataClient();
    }

    private String checkNumber() {
        if (rawMode.get()) {
            return "";
        }
        try {
            Inputs.u32(number.get(), "number");
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The body the form describes: the raw text, or the Data as JSON. */
    public String body() {
        if (rawMode.get()) {
            return rawJson.get();
        }
        return DataJson.toJson(new Data(Inputs.u32(number.get(), "number"), bool.get()));
    }

    public void send() {
        HttpRequestItem request;
        int timeout;
        try {
            request = toItem();
            timeout = Inputs.intInRange(timeoutMillis.get(), "Timeout (ms)", 1, 600_000);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        send(request, timeout);
    }

    /** Sends an earlier request again, as it was sent. */
    public void resend(HistoryEntry entry) {
        if (entry != null) {
            send(entry.request(), 10_000);
        }
    }

    private static boolean isHttps(String url) {
        return url != null && url.strip().regionMatches(true, 0, "https://", 0, "https://".length());
    }

    private void send(HttpRequestItem request, int timeout) {
        if (sending.get()) {
            return;
        }
        ClientRequest asked;
        try {
            asked = request.toClientRequest(NO_WORKSPACE, Duration.ofMillis(timeout));
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        boolean unverified = isHttps(request.url()) && insecure.get();
        // Trust is read from files (the app's own certificate): off the FX thread.
        CompletableFuture<HttpResult> answer = CompletableFuture.supplyAsync(() -> isHttps(request.url())
                ? clientTls(unverified) : null, engine.tasks()).thenCompose(tls -> client.send(asked, tls));
        error.set("");
        sending.set(true);
        status.set("Sending…");
        answer.whenComplete((result, failure) -> fx.execute(() -> {
            sending.set(false);
            if (failure == null) {
                show(result, unverified);
                remember(request, result.statusLine());
            } else {
                String message = Failures.message(failure);
                lastSucceeded.set(false);
                status.set("Failed");
                response.set("");
                error.set(message);
                remember(request, "failed");
            }
        }));
    }

    private static ClientTls clientTls(boolean insecure) {
        try {
            return TlsChoices.client(insecure);
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }

    private void show(HttpResult result, boolean unverified) {
        lastSucceeded.set(result.isSuccess());
        status.set(String.format(Locale.ROOT, "%s · %.1f ms%s", result.statusLine(), result.elapsed().toNanos() / 1e6,
                unverified ? " · INSECURE: certificate not verified" : ""));
        String cut = result.isCut()
                ? String.format(Locale.ROOT, "\n[body cut: only its first %,d bytes were read]", result.cutAt()) : "";
        response.set(result.body() + cut + "\n\n" + String.join("\n", result.headers()));
    }

    private void remember(HttpRequestItem request, String outcome) {
        history.add(0, new HistoryEntry(Instant.now(), request, outcome));
        if (history.size() > MAX_HISTORY) {
            history.remove(MAX_HISTORY, history.size());
        }
    }

    /** The history as the session keeps it: oldest first, the newest {@value Session#MAX_HTTP_HISTORY}. */
    public List<Session.HttpHistoryEntry> sessionHistory() {
        List<Session.HttpHistoryEntry> kept = new ArrayList<>();
        for (HistoryEntry entry : history.subList(0, Math.min(history.size(), Session.MAX_HTTP_HISTORY))) {
            kept.add(0, new Session.HttpHistoryEntry(entry.time().toString(), entry.request(), entry.outcome()));
        }
        return kept;
    }

    /** Puts a session's history (oldest first) back in front of what this pane has sent. */
    public void restoreHistory(List<Session.HttpHistoryEntry> saved) {
        List<HistoryEntry> restored = new ArrayList<>();
        for (Session.HttpHistoryEntry entry : saved) {
            HttpRequestItem request = entry.request();
            if (request != null) {
                restored.add(0, new HistoryEntry(parseTime(entry.time()), request,
                        entry.outcome() == null ? "" : entry.outcome()));
            }
        }
        history.addAll(restored);
        if (history.size() > MAX_HISTORY) {
            history.remove(MAX_HISTORY, history.size());
        }
    }

    private static Instant parseTime(String time) {
        try {
            return Instant.parse(time);
        } catch (RuntimeException e) {
            return Instant.EPOCH; // shown nowhere: the list shows body and outcome
        }
    }

    /** The current request as a curl command; the form's problem when it has one. */
    public String curl() {
        try {
            return CurlCommand.of(toItem().toClientRequest(NO_WORKSPACE, Duration.ofSeconds(10)));
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return null;
        }
    }

    /**
     * The request the form describes, as it is saved and sent: GET and HEAD carry no body, nor
     * does an empty raw body; a raw body goes as JSON unless a Content-Type header says otherwise.
     *
     * @throws IllegalArgumentException with the form's sentence
     */
    public HttpRequestItem toItem() {
        String verb = method.get().strip().toUpperCase(Locale.ROOT);
        List<HttpHeader> lines = new ArrayList<>(HttpItems.parseHeaders(headers.get()));
        HttpBody content = HttpItems.WITHOUT_BODY.contains(verb) ? null
                : rawMode.get() ? (rawJson.get().isEmpty() ? null : new HttpBody.Raw(rawJson.get()))
                : new HttpBody.DataForm(Inputs.u32(number.get(), "number"), bool.get());
        if (content instanceof HttpBody.Raw && HttpItems.contentType(lines) == null) {
            lines.add(new HttpHeader("Content-Type", HttpItems.JSON));
        }
        return new HttpRequestItem(verb, url.get().trim(), lines, content, null);
    }

    /**
     * Fills the form from a saved or pasted request. A GET or HEAD leaves the body fields as they
     * are; authorization shows as its header.
     *
     * @throws IllegalArgumentException when the form cannot hold the request (a body read from a file)
     */
    public void load(HttpRequestItem request) {
        switch (request.body()) {
            case HttpBody.FromFile file -> throw new IllegalArgumentException("This request's body is read from "
                    + "the file " + file.path() + ", which the form cannot hold; send it from the Saved panel "
                    + "instead.");
            case HttpBody.DataForm data -> {
                rawMode.set(false);
                number.set(Long.toString(data.number()));
                bool.set(data.bool());
            }
            case HttpBody.Raw raw -> {
                rawMode.set(true);
                rawJson.set(raw.text());
            }
            case null -> {
                if (!HttpItems.WITHOUT_BODY.contains(request.method())) {
                    rawMode.set(true);
                    rawJson.set("");
                }
            }
        }
        method.set(request.method());
        url.set(request.url());
        headers.set(HttpItems.headerLines(request));
        error.set("");
    }

    /** Fills the form from a curl command line (a paste); says in the error line what it cannot read. */
    public void importCurl(String command) {
        try {
            load(CurlImport.parse(command));
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    /** Points the client at a server, e.g. the embedded one once it listens. */
    public void target(String dataUrl) {
        url.set(dataUrl);
    }

    @Override
    public void dispose() {
        engine.release(client);
    }


    /** GET, POST, PUT, ... */
    public StringProperty methodProperty() { return method; }
    public StringProperty urlProperty() { return url; }
    /** Request headers, one {@code Name: value} per line. */
    public StringProperty headersProperty() { return headers; }
    public StringProperty numberProperty() { return number; }
    public BooleanProperty boolProperty() { return bool; }
    public BooleanProperty rawModeProperty() { return rawMode; }
    public StringProperty rawJsonProperty() { return rawJson; }
    public StringProperty timeoutMillisProperty() { return timeoutMillis; }
    /** For an https URL, skip verification: warned in the status and on every request in the log. */
    public BooleanProperty insecureProperty() { return insecure; }
    /** Whether the URL is https (its scheme decides TLS). */
    public BooleanBinding httpsBinding() { return https; }
    /** Insecure is on and applies: the URL is https. */
    public BooleanBinding insecureInUseBinding() { return insecureInUse; }
    public ReadOnlyBooleanProperty sendingProperty() { return sending.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty responseProperty() { return response.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty lastSucceededProperty() { return lastSucceeded.getReadOnlyProperty(); }
    /** Why the number field is refused, or empty. */
    public StringBinding numberErrorBinding() { return numberError; }
    public ObservableList<HistoryEntry> history() { return history; }
}

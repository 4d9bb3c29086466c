package dev.netplayground.ui.http;

import dev.netplayground.engine.core.Engine;
import dev.netplayground.engine.http.Data;
import dev.netplayground.engine.http.DataClient;
import dev.netplayground.engine.http.DataJson;
import dev.netplayground.engine.http.HttpResult;
import dev.netplayground.store.HttpBody;
import dev.netplayground.store.HttpRequestItem;
import dev.netplayground.store.Session;
import dev.netplayground.ui.common.Failures;
import dev.netplayground.ui.common.Inputs;
import dev.netplayground.ui.common.PaneModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
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
 * State and actions of the HTTP client pane: a Data form or raw JSON, sent with OkHttp off the
 * FX thread, the answer, a history to re-send, and the same request as curl. FX thread only.
 */
public final class HttpClientViewModel implements PaneModel {
    static final int MAX_HISTORY = 200;

    /** A request sent, and how it was answered. */
    public record HistoryEntry(Instant time, String url, String body, String outcome) {
        @Override
        public String toString() {
            return body + "  →  " + outcome;
        }
    }

    private final Engine engine;
    private final Executor fx;
    private final DataClient client;
    private final StringProperty url = new SimpleStringProperty("http://127.0.0.1:3030/data");
    private final StringProperty number = new SimpleStringProperty("5");
    private final BooleanProperty bool = new SimpleBooleanProperty(true);
    private final BooleanProperty rawMode = new SimpleBooleanProperty();
    private final StringProperty rawJson = new SimpleStringProperty("{\"number\": 5, \"boolean\": true}");
    private final StringProperty timeoutMillis = new SimpleStringProperty("10000");
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
        String body;
        int timeout;
        try {
            body = body();
            timeout = Inputs.intInRange(timeoutMillis.get(), "Timeout (ms)", 1, 600_000);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        send(url.get(), body, timeout);
    }

    /** Sends an earlier request again, to the same URL with the same body. */
    public void resend(HistoryEntry entry) {
        if (entry != null) {
            send(entry.url(), entry.body(), 10_000);
        }
    }

    private void send(String target, String body, int timeout) {
        if (sending.get()) {
            return;
        }
        error.set("");
        sending.set(true);
        status.set("Sending…");
        client.post(target, body, Duration.ofMillis(timeout)).whenComplete((result, failure) -> fx.execute(() -> {
            sending.set(false);
            if (failure == null) {
                show(result);
                remember(target, body, result.statusLine());
            } else {
                String message = Failures.message(failure);
                lastSucceeded.set(false);
                status.set("Failed");
                response.set("");
                error.set(message);
                remember(target, body, "failed");
            }
        }));
    }

    private void show(HttpResult result) {
        lastSucceeded.set(result.isSuccess());
        status.set(String.format(Locale.ROOT, "%s · %.1f ms", result.statusLine(), result.elapsed().toNanos() / 1e6));
        String cut = result.isCut()
                ? String.format(Locale.ROOT, "\n[body cut: only its first %,d bytes were read]", result.cutAt()) : "";
        response.set(result.body() + cut + "\n\n" + String.join("\n", result.headers()));
    }

    private void remember(String target, String body, String outcome) {
        history.add(0, new HistoryEntry(Instant.now(), target, body, outcome));
        if (history.size() > MAX_HISTORY) {
            history.remove(MAX_HISTORY, history.size());
        }
    }

    /**
     * The history as the session keeps it: oldest first, the newest {@value Session#MAX_HTTP_HISTORY},
     * each a POST of its body as sent. An entry whose URL is not a full http URL (so nothing was sent) is left out.
     */
    public List<Session.HttpHistoryEntry> sessionHistory() {
        List<Session.HttpHistoryEntry> kept = new ArrayList<>();
        for (HistoryEntry entry : history.subList(0, Math.min(history.size(), Session.MAX_HTTP_HISTORY))) {
            try {
                kept.add(0, new Session.HttpHistoryEntry(entry.time().toString(),
                        new HttpRequestItem("POST", entry.url(), List.of(), new HttpBody.Raw(entry.body()), null),
                        entry.outcome()));
            } catch (IllegalArgumentException e) {
                // Not a request a file can hold: its URL was refused before anything was sent.
            }
        }
        return kept;
    }

    /** Puts a session's history (oldest first) back in front of what this pane has sent. */
    public void restoreHistory(List<Session.HttpHistoryEntry> saved) {
        List<HistoryEntry> restored = new ArrayList<>();
        for (Session.HttpHistoryEntry entry : saved) {
            HttpRequestItem request = entry.request();
            if (request != null) {
                restored.add(0, new HistoryEntry(parseTime(entry.time()), request.url(), bodyText(request.body()),
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

    private static String bodyText(HttpBody body) {
        return switch (body) {
            case HttpBody.Raw raw -> raw.text();
            case HttpBody.DataForm data -> DataJson.toJson(new Data(data.number(), data.bool()));
            case HttpBody.FromFile file -> "";
            case null -> "";
        };
    }

    /** The current request as a curl command; the form's problem when it has one. */
    public String curl() {
        try {
            return DataClient.curl(url.get(), body());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return null;
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


    public StringProperty urlProperty() { return url; }
    public StringProperty numberProperty() { return number; }
    public BooleanProperty boolProperty() { return bool; }
    public BooleanProperty rawModeProperty() { return rawMode; }
    public StringProperty rawJsonProperty() { return rawJson; }
    public StringProperty timeoutMillisProperty() { return timeoutMillis; }
    public ReadOnlyBooleanProperty sendingProperty() { return sending.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty responseProperty() { return response.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty lastSucceededProperty() { return lastSucceeded.getReadOnlyProperty(); }
    /** Why the number field is refused, or empty. */
    public StringBinding numberErrorBinding() { return numberError; }
    public ObservableList<HistoryEntry> history() { return history; }
}

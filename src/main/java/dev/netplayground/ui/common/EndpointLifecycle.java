package dev.netplayground.ui.common;

import dev.netplayground.engine.core.Endpoint;
import dev.netplayground.engine.core.EndpointStartException;
import dev.netplayground.engine.core.Engine;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Start and stop of one server pane's endpoint, shared by the TCP, UDP and HTTP panes:
 * binding and closing run on the engine's task executor, results come back through the FX
 * executor, and the pane shows running, busy, status and error. FX thread only.
 */
public final class EndpointLifecycle<E extends Endpoint> {
    /** Binds an endpoint for the config read from the form; may block (runs off the FX thread). */
    @FunctionalInterface
    public interface Starter<C, E> {
        E start(C config) throws EndpointStartException;
    }

    private final Engine engine;
    private final Executor fx;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Stopped");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final FieldChecks checks = new FieldChecks(error.getReadOnlyProperty(), error::set);
    private E endpoint;

    public EndpointLifecycle(Engine engine, Executor fx) {
        this.engine = engine;
        this.fx = fx;
    }

    /** Whether a start may begin now (not running, not busy). */
    private boolean canStart() {
        return !running.get() && !busy.get();
    }

    /**
     * Reads the form into a config and starts in the background; {@code onStarted} runs on the FX
     * thread once it listens. A value the form refuses (an {@link IllegalArgumentException} from
     * {@code form}, through {@link #checks}) is shown as the error, and nothing starts.
     */
    public <C> void start(Supplier<C> form, Starter<C, E> starter, Consumer<E> onStarted) {
        if (!canStart()) {
            return;
        }
        C config;
        try {
            config = form.get();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        error.set("");
        busy.set(true);
        status.set("Starting…");
        engine.tasks().execute(() -> {
            try {
                E started = starter.start(config);
                fx.execute(() -> {
                    endpoint = started;
                    busy.set(false);
                    running.set(true);
                    onStarted.accept(started);
                });
            } catch (EndpointStartException e) {
                fx.execute(() -> {
                    busy.set(false);
                    status.set("Stopped");
                    error.set(e.getMessage());
                });
            }
        });
    }

    /** Stops in the background; {@code onStopped} runs on the FX thread once it is closed. */
    public void stop(Runnable onStopped) {
        E current = endpoint;
        if (current == null || busy.get()) {
            return;
        }
        busy.set(true);
        status.set("Stopping…");
        engine.tasks().execute(() -> {
            engine.release(current);
            fx.execute(() -> {
                endpoint = null;
                busy.set(false);
                running.set(false);
                status.set("Stopped");
                onStopped.run();
            });
        });
    }

    /** Stops the endpoint when the pane goes away; does not wait. */
    public void dispose() {
        E current = endpoint;
        if (current != null) {
            engine.tasks().execute(() -> engine.release(current));
        }
    }

    /** The running endpoint, or null. */
    public E endpoint() {
        return endpoint;
    }

    public void setStatus(String text) {
        status.set(text);
    }

    /** Shows a problem (empty clears it). */
    public void setError(String text) {
        error.set(text);
    }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** Which form field the error line is about. */
    public FieldChecks checks() { return checks; }
}

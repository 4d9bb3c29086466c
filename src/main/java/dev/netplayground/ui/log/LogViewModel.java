package dev.netplayground.ui.log;

import dev.netplayground.engine.event.NetEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The log panel's state: the newest events (capped), an endpoint filter, pause and clear.
 * FX thread only; fed one batch per pulse by the event pump.
 */
public final class LogViewModel {
    /** Rows the window keeps; the engine's log keeps more, and the spill file all. */
    public static final int MAX_ROWS = 50_000;
    public static final String ALL_ENDPOINTS = "All endpoints";

    private final int maxRows;
    private final ObservableList<NetEvent> rows = FXCollections.observableArrayList();
    private final FilteredList<NetEvent> visible = new FilteredList<>(rows);
    private final ObservableList<String> endpoints = FXCollections.observableArrayList(ALL_ENDPOINTS);
    private final TreeSet<String> knownEndpoints = new TreeSet<>();
    private final ObjectProperty<String> endpointFilter = new SimpleObjectProperty<>(ALL_ENDPOINTS);
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final ReadOnlyIntegerWrapper pendingWhilePaused = new ReadOnlyIntegerWrapper();
    private final Deque<NetEvent> pending = new ArrayDeque<>();

    public LogViewModel() {
        this(MAX_ROWS);
    }

    public LogViewModel(int maxRows) {
        this.maxRows = maxRows;
        endpointFilter.addListener((obs, old, now) -> applyFilter(now));
        paused.addListener((obs, was, now) -> {
            if (!now) {
                append(List.copyOf(pending));
                pending.clear();
                pendingWhilePaused.set(0);
            }
        });
    }

    /** FX thread: one pulse's batch. While paused, events wait (capped) and are counted. */
    public void onEvents(List<NetEvent> batch) {
        learnEndpoints(batch);
        if (paused.get()) {
            pending.addAll(batch);
            while (pending.size() > maxRows) {
                pending.removeFirst();
            }
            pendingWhilePaused.set(pending.size());
        } else {
            append(batch);
        }
    }

    private void append(List<NetEvent> batch) {
        if (batch.size() >= maxRows) {
            rows.setAll(batch.subList(batch.size() - maxRows, batch.size()));
            return;
        }
        int overflow = rows.size() + batch.size() - maxRows;
        if (overflow > 0) {
            rows.remove(0, overflow);
        }
        rows.addAll(batch);
    }

    private void learnEndpoints(List<NetEvent> batch) {
        for (NetEvent event : batch) {
            if (knownEndpoints.add(event.endpoint())) {
                // Insert in place: replacing the list would clear the combo box's selection.
                endpoints.add(1 + knownEndpoints.headSet(event.endpoint()).size(), event.endpoint());
            }
        }
    }

    private void applyFilter(String endpoint) {
        if (endpoint == null || ALL_ENDPOINTS.equals(endpoint)) {
            visible.setPredicate(null);
        } else {
            visible.setPredicate(event -> event.endpoint().equals(endpoint));
        }
    }

    /** Empties the panel (the engine's log and spill file keep everything). */
    public void clear() {
        rows.clear();
        pending.clear();
        pendingWhilePaused.set(0);
    }

    /** The events to show, filtered. */
    public ObservableList<NetEvent> visibleEvents() { return visible; }
    public ObservableList<String> endpoints() { return endpoints; }
    public ObjectProperty<String> endpointFilterProperty() { return endpointFilter; }
    public BooleanProperty pausedProperty() { return paused; }
    public ReadOnlyIntegerProperty pendingWhilePausedProperty() { return pendingWhilePaused.getReadOnlyProperty(); }
}

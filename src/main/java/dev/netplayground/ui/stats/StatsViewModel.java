package dev.netplayground.ui.stats;

import dev.netplayground.engine.event.NetEvent;
import dev.netplayground.ui.common.ChartPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Per-endpoint counters and the last minute of events/s and bytes/s, fed once per pulse.
 * FX thread only; needs no toolkit (tests pass the time).
 */
public final class StatsViewModel {
    /** Seconds of history the charts show. */
    public static final int WINDOW_SECONDS = 60;
    private static final long SECOND = 1_000_000_000L;

    private final ObservableList<EndpointStats> endpoints = FXCollections.observableArrayList();
    private final Map<String, EndpointStats> byId = new HashMap<>();
    private final ObservableList<ChartPoint> eventsPerSecond = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> kilobytesPerSecond = FXCollections.observableArrayList();
    private final long[] eventHistory = new long[WINDOW_SECONDS];
    private final long[] byteHistory = new long[WINDOW_SECONDS];
    private long secondStart = -1;
    private long eventsThisSecond;
    private long bytesThisSecond;
    private boolean shown = true;

    public StatsViewModel() {
        redrawCharts();
    }

    /** FX thread, once per pulse (empty batches too): counts, and closes finished seconds. */
    public void onEvents(List<NetEvent> batch, long nowNanos) {
        if (secondStart < 0) {
            secondStart = nowNanos;
        }
        while (nowNanos - secondStart >= SECOND) {
            shift(eventsThisSecond, bytesThisSecond);
            eventsThisSecond = 0;
            bytesThisSecond = 0;
            secondStart += SECOND;
        }
        for (NetEvent event : batch) {
            byId.computeIfAbsent(event.endpoint(), this::addEndpoint).count(event);
            eventsThisSecond++;
            bytesThisSecond += event.bytes();
        }
        if (shown && !batch.isEmpty()) {
            byId.values().forEach(EndpointStats::publish);
        }
    }

    private EndpointStats addEndpoint(String id) {
        EndpointStats stats = new EndpointStats(id);
        endpoints.add(stats);
        return stats;
    }

    private void shift(long events, long bytes) {
        System.arraycopy(eventHistory, 1, eventHistory, 0, WINDOW_SECONDS - 1);
        System.arraycopy(byteHistory, 1, byteHistory, 0, WINDOW_SECONDS - 1);
        eventHistory[WINDOW_SECONDS - 1] = events;
        byteHistory[WINDOW_SECONDS - 1] = bytes;
        if (shown) {
            redrawCharts();
        }
    }

    private void redrawCharts() {
        List<ChartPoint> events = new ArrayList<>(WINDOW_SECONDS);
        List<ChartPoint> kilobytes = new ArrayList<>(WINDOW_SECONDS);
        for (int i = 0; i < WINDOW_SECONDS; i++) {
            int secondsAgo = i - WINDOW_SECONDS + 1;
            events.add(new ChartPoint(secondsAgo, eventHistory[i]));
            kilobytes.add(new ChartPoint(secondsAgo, byteHistory[i] / 1024.0));
        }
        eventsPerSecond.setAll(events);
        kilobytesPerSecond.setAll(kilobytes);
    }

    /** Counts all the time, but shows counters and charts only while {@code showing}; catches up when it turns true. */
    public void showWhile(ObservableBooleanValue showing) {
        shown = showing.get();
        showing.addListener((obs, was, now) -> {
            shown = now;
            if (now) {
                byId.values().forEach(EndpointStats::publish);
                redrawCharts();
            }
        });
    }

    public ObservableList<EndpointStats> endpoints() { return endpoints; }
    /** Points (seconds ago ≤ 0, events in that second). */
    public ObservableList<ChartPoint> eventsPerSecond() { return eventsPerSecond; }
    /** Points (seconds ago ≤ 0, KiB in that second). */
    public ObservableList<ChartPoint> kilobytesPerSecond() { return kilobytesPerSecond; }
}

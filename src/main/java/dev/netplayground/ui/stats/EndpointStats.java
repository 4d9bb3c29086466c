package dev.netplayground.ui.stats;

import dev.netplayground.engine.event.Direction;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.NetEvent;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * Counters of one endpoint, counted from its events and shown once per batch ({@link #publish}):
 * a table cell listens to each property, so setting them per event would cost per event. FX thread only.
 */
public final class EndpointStats {
    private final String endpoint;
    private final ReadOnlyLongWrapper events = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper bytesIn = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper bytesOut = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper connections = new ReadOnlyLongWrapper();

    private long eventCount;
    private long inCount;
    private long outCount;
    private long openCount;

    EndpointStats(String endpoint) {
        this.endpoint = endpoint;
    }

    /** Counts one event: bytes by direction (summaries included), open connections from accept/connect and close. */
    void count(NetEvent event) {
        eventCount++;
        if (event.direction() == Direction.IN) {
            inCount += event.bytes();
        } else if (event.direction() == Direction.OUT) {
            outCount += event.bytes();
        }
        if (event.kind() == EventKind.ACCEPTED || event.kind() == EventKind.CONNECTED) {
            openCount++;
        } else if (event.kind() == EventKind.CLOSED && openCount > 0) {
            openCount--;
        }
    }

    /** Shows what was counted since the last call. */
    void publish() {
        events.set(eventCount);
        bytesIn.set(inCount);
        bytesOut.set(outCount);
        connections.set(openCount);
    }

    public String endpoint() { return endpoint; }
    public ReadOnlyLongProperty eventsProperty() { return events.getReadOnlyProperty(); }
    public ReadOnlyLongProperty bytesInProperty() { return bytesIn.getReadOnlyProperty(); }
    public ReadOnlyLongProperty bytesOutProperty() { return bytesOut.getReadOnlyProperty(); }
    /** Connections open now (accepted or connected, not yet closed). */
    public ReadOnlyLongProperty connectionsProperty() { return connections.getReadOnlyProperty(); }
}

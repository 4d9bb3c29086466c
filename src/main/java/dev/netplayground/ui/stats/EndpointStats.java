package dev.netplayground.ui.stats;

import dev.netplayground.engine.event.Direction;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.NetEvent;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/** Counters of one endpoint, updated in place from its events. FX thread only. */
public final class EndpointStats {
    private final String endpoint;
    private final ReadOnlyLongWrapper events = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper bytesIn = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper bytesOut = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper connections = new ReadOnlyLongWrapper();

    EndpointStats(String endpoint) {
        this.endpoint = endpoint;
    }

    /** Counts one event: bytes by direction (summaries included), open connections from accept/connect and close. */
    void count(NetEvent event) {
        events.set(events.get() + 1);
        if (event.direction() == Direction.IN) {
            bytesIn.set(bytesIn.get() + event.bytes());
        } else if (event.direction() == Direction.OUT) {
            bytesOut.set(bytesOut.get() + event.bytes());
        }
        if (event.kind() == EventKind.ACCEPTED || event.kind() == EventKind.CONNECTED) {
            connections.set(connections.get() + 1);
        } else if (event.kind() == EventKind.CLOSED && connections.get() > 0) {
            connections.set(connections.get() - 1);
        }
    }

    public String endpoint() { return endpoint; }
    public ReadOnlyLongProperty eventsProperty() { return events.getReadOnlyProperty(); }
    public ReadOnlyLongProperty bytesInProperty() { return bytesIn.getReadOnlyProperty(); }
    public ReadOnlyLongProperty bytesOutProperty() { return bytesOut.getReadOnlyProperty(); }
    /** Connections open now (accepted or connected, not yet closed). */
    public ReadOnlyLongProperty connectionsProperty() { return connections.getReadOnlyProperty(); }
}

package dev.netplayground.ui.tcp;

import dev.netplayground.engine.tcp.ConnectionInfo;
import java.time.Instant;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * One row of the server's connection table. Rows are updated in place, so the table keeps
 * its selection while counters move. FX thread only.
 */
public final class ConnectionRow {
    private final long id;
    private final String peer;
    private final Instant since;
    private final ReadOnlyLongWrapper bytesIn = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper bytesOut = new ReadOnlyLongWrapper();

    ConnectionRow(ConnectionInfo info) {
        this.id = info.id();
        this.peer = info.peer();
        this.since = info.since();
        update(info);
    }

    void update(ConnectionInfo info) {
        bytesIn.set(info.bytesIn());
        bytesOut.set(info.bytesOut());
    }

    public long id() { return id; }
    public String peer() { return peer; }
    public Instant since() { return since; }
    public ReadOnlyLongProperty bytesInProperty() { return bytesIn.getReadOnlyProperty(); }
    public ReadOnlyLongProperty bytesOutProperty() { return bytesOut.getReadOnlyProperty(); }
}

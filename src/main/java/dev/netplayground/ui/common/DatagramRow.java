package dev.netplayground.ui.common;

import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.event.NetEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A datagram as a table shows it: when, from whom, how big, its text (or hex), and any note. */
public record DatagramRow(Instant time, String peer, long bytes, String text, String note) {
    public static DatagramRow of(NetEvent event) {
        return new DatagramRow(event.time(), event.peer(), event.bytes(), event.payload().display(), event.message());
    }

    /** The datagrams that {@code endpoint} received in {@code batch}, in order. */
    public static List<DatagramRow> receivedBy(String endpoint, List<NetEvent> batch) {
        List<DatagramRow> rows = new ArrayList<>();
        for (NetEvent event : batch) {
            if (event.endpoint().equals(endpoint) && event.kind() == EventKind.RECEIVED) {
                rows.add(of(event));
            }
        }
        return rows;
    }
}

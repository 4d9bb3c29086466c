package dev.netplayground.ui.common;

import dev.netplayground.engine.event.NetEvent;
import java.time.Instant;

/** A datagram as a table shows it: when, from whom, how big, its text (or hex), and any note. */
public record DatagramRow(Instant time, String peer, long bytes, String text, String note) {
    public static DatagramRow of(NetEvent event) {
        return new DatagramRow(event.time(), event.peer(), event.bytes(), event.payload().display(), event.message());
    }
}

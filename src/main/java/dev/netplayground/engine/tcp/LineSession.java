package dev.netplayground.engine.tcp;

import dev.netplayground.engine.codec.Line;
import dev.netplayground.engine.codec.LineFramer;
import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import java.util.List;

/**
 * What a server does with the bytes of one connection, whatever its model: cut lines, log them,
 * hand them to the line handler, echo them. Called by one reading thread at a time.
 */
final class LineSession {
    private final Connection connection;
    private final LineFramer framer;
    private final EventEmitter events;
    private final LineHandler handler;
    private final TcpServerCounters counters;
    private final boolean echo;
    private final int maxLineBytes;
    private boolean inOverlongLine;

    LineSession(Connection connection, TcpServerConfig config, EventEmitter events, LineHandler handler,
            TcpServerCounters counters) {
        this.connection = connection;
        this.framer = new LineFramer(config.maxLineBytes());
        this.events = events;
        this.handler = handler;
        this.counters = counters;
        this.echo = config.echo();
        this.maxLineBytes = config.maxLineBytes();
    }

    void onBytes(byte[] data, int offset, int length) {
        connection.countIn(length);
        counters.bytesIn(length);
        deliver(framer.feed(data, offset, length));
    }

    /** The peer closed its side: deliver the unterminated rest, as {@code read_line} does. */
    void onEndOfStream() {
        deliver(framer.finish());
    }

    private void deliver(List<Line> lines) {
        for (Line line : lines) {
            if (line.overLimit() && !inOverlongLine) {
                events.emit(EventKind.LIMIT, connection.peer(), "Line longer than the " + maxLineBytes
                        + "-byte limit: delivered in pieces of " + maxLineBytes + " bytes. "
                        + "Raise the limit to get it whole.");
            }
            inOverlongLine = line.overLimit();
            counters.line();
            byte[] bytes = line.bytes();
            String note = line.terminated() || line.overLimit() ? "" : "last line, no newline before end of stream";
            // Handler first: whoever sees the event can rely on the handler having had the line.
            try {
                handler.onLine(connection.id(), connection.peer(), line);
            } catch (RuntimeException e) {
                // A handler broke its contract; the connection, its log and its echo go on.
                events.emit(EventKind.FAILED, connection.peer(), "The line handler failed: " + e);
            }
            events.emitData(EventKind.RECEIVED, connection.peer(), bytes, 0, bytes.length, note);
            if (echo) {
                connection.write(bytes);
            }
        }
    }
}

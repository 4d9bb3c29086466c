package dev.netplayground.engine.tcp;

import dev.netplayground.engine.codec.Frame;
import dev.netplayground.engine.codec.Framer;
import dev.netplayground.engine.codec.Framing;
import dev.netplayground.engine.codec.FramingException;
import dev.netplayground.engine.core.EngineThreads;
import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import dev.netplayground.engine.reply.ReplyRules;
import dev.netplayground.engine.tls.FirstBytes;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What a server does with the bytes of one connection, whatever its model: cut messages with
 * the server's framing, log them, hand them to the message handler, answer them by the first
 * reply rule that matches, or else echo them as they came. Called by one reading thread at a time.
 */
final class MessageSession implements Consumer<Frame> {
    private final Connection connection;
    private final Framing framing;
    private final Framer framer;
    private final EventEmitter events;
    private final MessageHandler handler;
    private final TcpServerCounters counters;
    private final ReplyRules replyRules;
    private final EngineThreads threads;
    private final boolean echo;
    private final int maxMessageBytes;
    private final boolean plainPort;
    private boolean inOverlongLine;
    private boolean firstBytes = true;
    private boolean refused;

    MessageSession(Connection connection, TcpServerConfig config, EventEmitter events, MessageHandler handler,
            TcpServerCounters counters, ReplyRules replyRules, EngineThreads threads, boolean plainPort) {
        this.connection = connection;
        this.plainPort = plainPort;
        this.framing = config.framing();
        this.framer = framing.framer(config.maxMessageBytes());
        this.events = events;
        this.handler = handler;
        this.counters = counters;
        this.replyRules = replyRules;
        this.threads = threads;
        this.echo = config.echo();
        this.maxMessageBytes = config.maxMessageBytes();
    }

    void onBytes(byte[] data, int offset, int length) {
        connection.countIn(length);
        counters.bytesIn(length);
        if (firstBytes) {
            firstBytes = false;
            refused = plainPort && FirstBytes.looksLikeTlsHandshake(data, offset, length);
            if (refused) {
                events.emit(EventKind.FAILED, connection.peer(), "Not delivered, " + length + " bytes: "
                        + FirstBytes.tlsOnPlainPort());
                connection.closeAfterWrites("closed: a TLS handshake on a plain-text port");
            }
        }
        if (refused) {
            return;
        }
        try {
            framer.feed(data, offset, length, this);
        } catch (FramingException e) {
            events.emit(EventKind.LIMIT, connection.peer(), String.format(Locale.ROOT,
                    "%s The connection is closed; %,d bytes received were not delivered.",
                    e.getMessage(), e.undeliveredBytes()));
            connection.closeAfterWrites(e.closeReason());
        }
    }

    /** The peer closed its side: deliver the unfinished rest, as {@code read_line} does. */
    void onEndOfStream() {
        framer.finish(this);
    }

    /** One message cut by the framer. */
    @Override
    public void accept(Frame message) {
        if (message.cut() == Frame.Cut.PIECE && !inOverlongLine) {
            events.emit(EventKind.LIMIT, connection.peer(), "Line longer than the " + maxMessageBytes
                    + "-byte limit: delivered in pieces of " + maxMessageBytes + " bytes. "
                    + "Raise the limit to get it whole.");
        }
        inOverlongLine = message.cut() == Frame.Cut.PIECE;
        counters.message();
        byte[] bytes = message.bytes();
        String note = message.cut() == Frame.Cut.UNFINISHED ? framing.unfinishedNote() : "";
        // Handler first: whoever sees the event can rely on the handler having had the message.
        try {
            handler.onMessage(connection.id(), connection.peer(), message);
        } catch (RuntimeException e) {
            // A handler broke its contract; the connection, its log and its echo go on.
            events.emit(EventKind.FAILED, connection.peer(), "The message handler failed: " + e);
        }
        events.emitData(EventKind.RECEIVED, connection.peer(), bytes, 0, bytes.length, note);
        ReplyRules.Reply reply = replyRules.isEmpty() || message.cut() != Frame.Cut.WHOLE ? null
                : replyRules.answer(message.payload());
        if (reply != null) {
            answer(reply);
        } else if (echo) {
            connection.write(bytes, "");
        }
    }

    /** Sends a rule's reply framed as the server's framing says, now or after the rule's delay. */
    private void answer(ReplyRules.Reply reply) {
        byte[] framed;
        try {
            framed = framing.encode(reply.bytes());
        } catch (IllegalArgumentException e) {
            events.emit(EventKind.FAILED, connection.peer(), "Rule " + reply.ruleNumber()
                    + " matched, but its reply cannot be sent: " + e.getMessage());
            return;
        }
        if (reply.rule().delayMillis() == 0) {
            connection.write(framed, reply.note());
        } else {
            threads.after(reply.rule().delayMillis(), () -> connection.send(framed, reply.note()));
        }
    }
}

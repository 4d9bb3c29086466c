package dev.netplayground.engine.proxy;

import dev.netplayground.engine.core.NioLoop;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * One direction of a proxied TCP connection: takes what the source sent, holds it as the
 * conditions say (latency, bandwidth, slices, stall) and writes it to the destination in order.
 * It holds at most {@link #CAP_BYTES}; beyond that its connection stops reading the source, so
 * a slow link slows the sender down as a real one does. Loop thread only, but for the counters.
 */
final class ProxyPipe {
    static final int CAP_BYTES = 4 * 1024 * 1024;
    private static final long NANOS_PER_MILLI = 1_000_000L;
    /** With a bandwidth limit, pieces carry at most 20 ms of it, so the pace is even. */
    private static final int PIECES_PER_SECOND = 50;

    /** Bytes due at a time; a cut piece carries no bytes and cuts the connection when reached. */
    private record Piece(ByteBuffer bytes, long dueNanos, boolean cut) {}

    private final ProxyDirection direction;
    private final ProxyConnection connection;
    private final NioLoop loop;
    private final Supplier<TcpConditions> conditions;
    private final ConditionLog log;
    private final SplittableRandom random;
    private final ArrayDeque<Piece> queue = new ArrayDeque<>();
    private SocketChannel destination;
    private long queuedBytes;
    private long received;
    private long lastDueNanos;
    private long nextFreeNanos;
    private boolean timerArmed;
    private long timerDueNanos;
    private boolean blocked;
    private boolean sourceEnded;
    private boolean outputShut;
    private boolean cutQueued;
    private long cutAt;
    private volatile long passed;

    ProxyPipe(ProxyDirection direction, ProxyConnection connection, NioLoop loop, Supplier<TcpConditions> conditions,
            ConditionLog log, SplittableRandom random) {
        this.direction = direction;
        this.connection = connection;
        this.loop = loop;
        this.conditions = conditions;
        this.log = log;
        this.random = random;
    }

    void writeTo(SocketChannel channel) {
        this.destination = channel;
    }

    /** Bytes written to the destination so far; any thread. */
    long passed() {
        return passed;
    }

    /** Whether the source may be read: it has not ended and this pipe holds less than its cap. */
    boolean wantsRead() {
        return !sourceEnded && !cutQueued && queuedBytes < CAP_BYTES;
    }

    /** Whether a due piece waits for the destination to take more. */
    boolean wantsWrite() {
        return blocked;
    }

    boolean outputShut() {
        return outputShut;
    }

    /**
     * The source sent the bytes between {@code data}'s position and limit (valid until this
     * returns): written on at once when nothing is held and no condition applies, else held.
     */
    void received(ByteBuffer data) throws IOException {
        if (cutQueued) {
            return;
        }
        TcpConditions now = conditions.get();
        int length = data.remaining();
        received += length;
        int kept = length;
        if (now.cutAfterBytes() > 0 && received >= now.cutAfterBytes()) {
            kept = (int) (length - (received - now.cutAfterBytes()));
        }
        data.limit(data.position() + kept);
        if (queue.isEmpty() && isPlain(now)) {
            passed += destination.write(data);
            if (data.hasRemaining()) {
                enqueue(take(data, data.remaining()), System.nanoTime());
            }
        } else {
            shape(now, data, kept);
        }
        if (kept < length || (now.cutAfterBytes() > 0 && received == now.cutAfterBytes())) {
            cutQueued = true;
            cutAt = now.cutAfterBytes();
            queue.add(new Piece(null, lastDueNanos, true));
        }
        flush();
    }

    private static byte[] take(ByteBuffer data, int length) {
        byte[] bytes = new byte[length];
        data.get(bytes);
        return bytes;
    }

    private static boolean isPlain(TcpConditions c) {
        return c.latencyMillis() == 0 && c.bandwidthKbps() == 0 && c.sliceBytes() == 0 && !c.stalled();
    }

    private void shape(TcpConditions c, ByteBuffer data, int length) {
        long now = System.nanoTime();
        long delayNanos = delayNanos(c);
        long base = Math.max(now + delayNanos, lastDueNanos);
        if (delayNanos > 0) {
            log.applied(ConditionKind.DELAYED, connection.client(), () -> String.format(Locale.ROOT,
                    "delayed %d ms: %,d bytes %s", delayNanos / NANOS_PER_MILLI, length, direction.label()));
        }
        if (c.stalled()) {
            log.applied(ConditionKind.STALLED, connection.client(), () -> String.format(Locale.ROOT,
                    "stalled: holding %,d bytes %s", length, direction.label()));
        }
        int pieceMax = c.sliceBytes() > 0 ? c.sliceBytes() : Integer.MAX_VALUE;
        long bytesPerSecond = c.bytesPerSecond();
        if (bytesPerSecond > 0) {
            pieceMax = (int) Math.min(pieceMax, Math.max(1, bytesPerSecond / PIECES_PER_SECOND));
        }
        long sliceGap = c.sliceBytes() > 0 ? c.sliceDelayMillis() * NANOS_PER_MILLI : 0;
        int pieces = 0;
        for (int offset = 0; offset < length; offset += pieceMax) {
            int size = Math.min(pieceMax, length - offset);
            long due = base;
            if (sliceGap > 0 && pieces > 0) {
                due = Math.max(due, lastDueNanos + sliceGap);
            }
            if (bytesPerSecond > 0) {
                due = Math.max(due, nextFreeNanos);
                nextFreeNanos = due + size * 1_000_000_000L / bytesPerSecond;
            }
            enqueue(take(data, size), due);
            pieces++;
        }
        long heldNanos = lastDueNanos - base;
        if (bytesPerSecond > 0 && heldNanos >= NANOS_PER_MILLI) {
            log.applied(ConditionKind.THROTTLED, connection.client(), () -> String.format(Locale.ROOT,
                    "throttled: %,d bytes %s held %d ms by the %d kB/s limit",
                    length, direction.label(), heldNanos / NANOS_PER_MILLI, c.bandwidthKbps()));
        }
        if (c.sliceBytes() > 0 && pieces > 1) {
            int sliced = pieces;
            log.applied(ConditionKind.SLICED, connection.client(), () -> String.format(Locale.ROOT,
                    "sliced %,d bytes %s into %d pieces of at most %d bytes",
                    length, direction.label(), sliced, c.sliceBytes()));
        }
    }

    private long delayNanos(TcpConditions c) {
        long millisNanos = c.latencyMillis() * NANOS_PER_MILLI;
        if (c.jitterMillis() == 0) {
            return millisNanos;
        }
        long jitterNanos = c.jitterMillis() * NANOS_PER_MILLI;
        return millisNanos + random.nextLong(-jitterNanos, jitterNanos + 1);
    }

    private void enqueue(byte[] bytes, long dueNanos) {
        queue.add(new Piece(ByteBuffer.wrap(bytes), dueNanos, false));
        queuedBytes += bytes.length;
        lastDueNanos = Math.max(lastDueNanos, dueNanos);
    }

    /** The source ended: once what is held has gone out, the destination's output is shut. */
    void sourceEnded() throws IOException {
        sourceEnded = true;
        flush();
    }

    /** Writes every piece that is due, as much as the destination takes; arms a timer for the next one. */
    void flush() throws IOException {
        if (destination == null || !destination.isOpen()) {
            return;
        }
        blocked = false;
        boolean stalled = conditions.get().stalled();
        long now = System.nanoTime();
        Piece head;
        while ((head = queue.peek()) != null) {
            if (head.cut()) {
                queue.poll();
                connection.cut(direction, conditions.get().reset(), cutAt);
                return;
            }
            if (stalled) {
                break;
            }
            if (head.dueNanos() - now > 0) {
                armTimer(head.dueNanos(), now);
                break;
            }
            int written = destination.write(head.bytes());
            passed += written;
            queuedBytes -= written;
            if (head.bytes().hasRemaining()) {
                blocked = true;
                break;
            }
            queue.poll();
        }
        if (queue.isEmpty() && sourceEnded && !outputShut) {
            outputShut = true;
            destination.shutdownOutput();
        }
        connection.interestChanged();
    }

    private void armTimer(long dueNanos, long now) {
        if (timerArmed && timerDueNanos - dueNanos <= 0) {
            return;
        }
        timerArmed = true;
        timerDueNanos = dueNanos;
        loop.schedule(dueNanos - now, () -> {
            if (timerDueNanos == dueNanos) {
                timerArmed = false;
            }
            connection.flushSafely(this);
        });
    }
}

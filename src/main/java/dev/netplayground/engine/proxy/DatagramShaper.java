package dev.netplayground.engine.proxy;

import dev.netplayground.engine.core.NioLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Applies {@link UdpConditions} to the datagrams of one direction of a UDP proxy. Every datagram
 * draws the same four random numbers whatever happens to it, so one seed gives the same drops,
 * copies, delays and reorderings run after run. Loop thread only, but for the counters.
 */
final class DatagramShaper {
    /** How long a datagram held back for reordering waits for a next one before it goes anyway. */
    private static final long HOLD_NANOS = 50_000_000L;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    /** Sends one datagram to its destination; true when the socket took it. */
    interface Sender {
        boolean send(byte[] datagram);
    }

    private record Held(byte[] data, int copies, Sender sender) {}

    private final ProxyDirection direction;
    private final NioLoop loop;
    private final Supplier<UdpConditions> conditions;
    private final ConditionLog log;
    private final SplittableRandom random;
    private final List<Held> held = new ArrayList<>();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private int burstLeft;
    private long holdGeneration;

    DatagramShaper(ProxyDirection direction, NioLoop loop, Supplier<UdpConditions> conditions, ConditionLog log,
            SplittableRandom random) {
        this.direction = direction;
        this.loop = loop;
        this.conditions = conditions;
        this.log = log;
        this.random = random;
    }

    long received() {
        return received.get();
    }

    long sent() {
        return sent.get();
    }

    /** A datagram came from {@code peer}; {@code sender} passes it on. */
    void accept(byte[] data, String peer, Sender sender) {
        long number = received.incrementAndGet();
        UdpConditions c = conditions.get();
        double lossDraw = random.nextDouble();
        double duplicateDraw = random.nextDouble();
        double reorderDraw = random.nextDouble();
        double jitterDraw = random.nextDouble();
        if (lost(c, lossDraw)) {
            log.applied(ConditionKind.DROPPED, peer, () -> String.format(Locale.ROOT,
                    "dropped datagram #%d %s", number, direction.label()));
            return;
        }
        int copies = 1;
        if (duplicateDraw * 100 < c.duplicatePercent()) {
            copies = 2;
            log.applied(ConditionKind.DUPLICATED, peer, () -> String.format(Locale.ROOT,
                    "duplicated datagram #%d %s", number, direction.label()));
        }
        boolean reorder = reorderDraw * 100 < c.reorderPercent();
        long delayNanos = c.latencyMillis() * NANOS_PER_MILLI
                + Math.round((jitterDraw * 2 - 1) * c.jitterMillis() * NANOS_PER_MILLI);
        int sentCopies = copies;
        if (delayNanos <= 0) {
            release(data, sentCopies, reorder, number, peer, sender);
            return;
        }
        log.applied(ConditionKind.DELAYED, peer, () -> String.format(Locale.ROOT,
                "delayed %d ms: datagram #%d %s", delayNanos / NANOS_PER_MILLI, number, direction.label()));
        loop.schedule(delayNanos, () -> release(data, sentCopies, reorder, number, peer, sender));
    }

    /**
     * Independent loss, or runs of {@code burst} drops starting often enough that the average
     * stays the loss set: a run starts with probability q, where p = b·q / (1 + (b − 1)·q).
     */
    private boolean lost(UdpConditions c, double draw) {
        if (burstLeft > 0) {
            burstLeft--;
            return true;
        }
        double p = c.lossPercent() / 100;
        int burst = c.burst();
        double start = burst == 1 ? p : p / (burst - p * (burst - 1));
        if (draw < start) {
            burstLeft = burst - 1;
            return true;
        }
        return false;
    }

    private void release(byte[] data, int copies, boolean reorder, long number, String peer, Sender sender) {
        if (reorder) {
            held.add(new Held(data, copies, sender));
            log.applied(ConditionKind.REORDERED, peer, () -> String.format(Locale.ROOT,
                    "reordered datagram #%d %s: held back until the next one", number, direction.label()));
            long generation = holdGeneration;
            loop.schedule(HOLD_NANOS, () -> {
                if (holdGeneration == generation) {
                    sendHeld();
                }
            });
            return;
        }
        send(data, copies, sender);
        sendHeld();
    }

    private void sendHeld() {
        holdGeneration++;
        for (Held h : held) {
            send(h.data(), h.copies(), h.sender());
        }
        held.clear();
    }

    private void send(byte[] data, int copies, Sender sender) {
        for (int i = 0; i < copies; i++) {
            if (sender.send(data)) {
                sent.incrementAndGet();
            } else {
                log.applied(ConditionKind.UNSENT, "", () -> "could not send a datagram " + direction.label()
                        + ": the socket's buffer is full");
            }
        }
    }
}

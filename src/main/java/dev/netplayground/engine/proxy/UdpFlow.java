package dev.netplayground.engine.proxy;

import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * One client of a UDP proxy: its address and the proxy's socket connected to the target for it.
 * Loop thread only.
 */
final class UdpFlow {
    private final InetSocketAddress client;
    private final String peer;
    private final DatagramChannel towardsTarget;
    private final DatagramChannel listening;
    private final EventEmitter events;
    private boolean failureLogged;
    private long lastActiveNanos = System.nanoTime();

    UdpFlow(InetSocketAddress client, String peer, DatagramChannel towardsTarget, DatagramChannel listening,
            EventEmitter events) {
        this.client = client;
        this.peer = peer;
        this.towardsTarget = towardsTarget;
        this.listening = listening;
        this.events = events;
    }

    String peer() {
        return peer;
    }

    boolean toTarget(byte[] datagram) {
        lastActiveNanos = System.nanoTime();
        try {
            return towardsTarget.write(ByteBuffer.wrap(datagram)) > 0 || datagram.length == 0;
        } catch (IOException e) {
            failedOnce("Sending to the target failed: " + e);
            return false;
        }
    }

    boolean toClient(byte[] datagram) {
        try {
            return listening.send(ByteBuffer.wrap(datagram), client) > 0 || datagram.length == 0;
        } catch (IOException e) {
            failedOnce("Sending back to the client failed: " + e);
            return false;
        }
    }

    /** Reads one reply from the target into {@code buffer}; false when none waits (or the target is unreachable). */
    boolean receive(ByteBuffer buffer) {
        try {
            boolean received = towardsTarget.receive(buffer) != null;
            if (received) {
                lastActiveNanos = System.nanoTime();
            }
            return received;
        } catch (IOException e) {
            failedOnce("Receiving from the target failed (is it listening?): " + e);
            return false;
        }
    }

    /** Logs the first failure of this client's relay; the next ones are counted as unsent datagrams. */
    private void failedOnce(String message) {
        if (!failureLogged) {
            failureLogged = true;
            events.emit(EventKind.FAILED, peer, message);
        }
    }

    /** Whether nothing has passed either way for {@code nanos} (a datagram held by a condition counts once sent). */
    boolean idleFor(long nanos, long nowNanos) {
        return nowNanos - lastActiveNanos >= nanos;
    }

    void close() {
        try {
            towardsTarget.close();
        } catch (IOException e) {
            // Closing: nothing to tell.
        }
    }
}

package dev.netplayground.engine.udp;

import java.net.InetSocketAddress;

/**
 * One datagram as delivered: the bytes kept (at most the buffer size), how long it really
 * was, where it came from, and when it arrived ({@link System#nanoTime}, read as it was received).
 */
public record Datagram(InetSocketAddress source, byte[] kept, int originalLength, long arrivalNanos) {
    public boolean truncated() {
        return kept.length < originalLength;
    }
}

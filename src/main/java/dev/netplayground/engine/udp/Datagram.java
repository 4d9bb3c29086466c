package dev.netplayground.engine.udp;

import java.net.InetSocketAddress;

/**
 * One datagram as delivered: the bytes kept (at most the buffer size), how long it really
 * was, and where it came from.
 */
public record Datagram(InetSocketAddress source, byte[] kept, int originalLength) {
    public boolean truncated() {
        return kept.length < originalLength;
    }
}

package dev.netplayground.engine.tcp;

import java.time.Instant;

/** A snapshot of one open connection of a server. */
public record ConnectionInfo(long id, String peer, long bytesIn, long bytesOut, Instant since) {}

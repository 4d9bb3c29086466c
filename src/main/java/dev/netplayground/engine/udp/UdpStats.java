package dev.netplayground.engine.udp;

/** Counters of a UDP endpoint since it started. */
public record UdpStats(long datagrams, long bytes, long truncated) {}

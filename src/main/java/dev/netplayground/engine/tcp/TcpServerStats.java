package dev.netplayground.engine.tcp;

/** Counters of a TCP server since it started, over every connection, open or closed. */
public record TcpServerStats(long accepted, long messages, long bytesIn) {}

package dev.netplayground.engine.event;

/** What happened at an endpoint. */
public enum EventKind {
    STARTED,
    STOPPED,
    ACCEPTED,
    CONNECTED,
    /** A TLS handshake finished: protocol, cipher suite, peer chain, time taken. */
    SECURED,
    RECEIVED,
    SENT,
    CLOSED,
    REJECTED,
    LIMIT,
    FAILED,
    /** A network condition a proxy applied: delayed, dropped, duplicated, reset... */
    CONDITION,
    /** Data events beyond the per-second budget, counted instead of logged one by one. */
    SUMMARY
}

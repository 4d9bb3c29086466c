package dev.netplayground.engine.event;

/** What happened at an endpoint. */
public enum EventKind {
    STARTED,
    STOPPED,
    ACCEPTED,
    CONNECTED,
    RECEIVED,
    SENT,
    CLOSED,
    REJECTED,
    LIMIT,
    FAILED,
    /** Data events beyond the per-second budget, counted instead of logged one by one. */
    SUMMARY
}

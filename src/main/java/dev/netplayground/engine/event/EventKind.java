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
    FAILED
}

package dev.netplayground.engine.event;

/** Which way the bytes of an event moved, seen from the endpoint that logged it. */
public enum Direction {
    IN,
    OUT,
    NONE;

    /** Direction implied by a kind: received is in, sent is out, the rest moves no bytes. */
    public static Direction of(EventKind kind) {
        return switch (kind) {
            case RECEIVED -> IN;
            case SENT -> OUT;
            default -> NONE;
        };
    }
}

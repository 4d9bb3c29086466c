package dev.netplayground.engine.http;

/** A request body that is not a valid {@code Data}; the message names the problem, ready to send. */
public final class DataRejectedException extends Exception {
    public DataRejectedException(String message) {
        super(message, null, false, false); // An answer to a client, not a fault: no stack trace to fill.
    }
}

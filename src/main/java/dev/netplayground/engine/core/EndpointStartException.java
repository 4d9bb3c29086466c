package dev.netplayground.engine.core;

/** An endpoint could not start; the message says why and what to do, ready to show. */
public final class EndpointStartException extends Exception {
    public EndpointStartException(String message, Throwable cause) {
        super(message, cause);
    }
}

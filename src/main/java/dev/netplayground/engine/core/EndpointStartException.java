package dev.netplayground.engine.core;

import dev.netplayground.engine.event.EventEmitter;
import dev.netplayground.engine.event.EventKind;

/** An endpoint could not start; the message says why and what to do, ready to show. */
public final class EndpointStartException extends Exception {
    public EndpointStartException(String message, Throwable cause) {
        super(message == null || message.isBlank() ? NetErrors.reason(cause) : message, cause);
    }

    /** Logs the failure as the endpoint's FAILED event, then gives the exception to throw. */
    public static EndpointStartException reported(EventEmitter events, String message, Throwable cause) {
        EndpointStartException failure = new EndpointStartException(message, cause);
        events.emit(EventKind.FAILED, "", failure.getMessage());
        return failure;
    }
}

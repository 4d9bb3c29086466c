package dev.netplayground.ui.guide;

/** What "Run it here" sets up and starts for a step of the Guide. */
public enum GuideAction {
    /** A blocking TCP server (a platform thread per connection), echoing; a client connects and sends. */
    BLOCKING_TCP,
    /** A UDP receiver with the 1500-byte buffer; the sender sends it a datagram. */
    UDP,
    /** A TCP server on virtual threads (a task per client), echoing; a client connects and sends. */
    ASYNC_TCP,
    /** A UDP receiver that echoes; the sender's one socket sends and receives the replies. */
    SHARED_UDP,
    /** The futures demonstration in the Lab tab. */
    FUTURES,
    /** The HTTP server; the client posts a valid Data. */
    DATA_RULES,
    /** The HTTP server alone. */
    DATA_SERVER,
    /** The HTTP server; the client posts a Data and shows the answer. */
    HTTP_CLIENT,
    /** A TCP client connects where nothing listens: the refusal comes back as a value, shown, not thrown. */
    ERRORS
}

package dev.netplayground.engine.tls;

/** Whether a TLS server asks its clients for a certificate (mutual TLS). */
public enum ClientAuth {
    NONE,
    /** Asks; a client without one is still served. */
    WANT,
    /** Asks; a client without one fails the handshake. */
    NEED
}

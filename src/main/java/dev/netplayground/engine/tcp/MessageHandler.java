package dev.netplayground.engine.tcp;

import dev.netplayground.engine.codec.Frame;

/**
 * Receives every message a server cuts from a connection's stream. Called on the connection's
 * network thread: be fast, don't throw (a throw is logged as FAILED and the connection goes on).
 * The event log gets a preview anyway; this is for who needs every byte.
 */
@FunctionalInterface
public interface MessageHandler {
    MessageHandler NONE = (connectionId, peer, message) -> {};

    void onMessage(long connectionId, String peer, Frame message);
}

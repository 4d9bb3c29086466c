package dev.netplayground.engine.tcp;

import dev.netplayground.engine.codec.Line;

/**
 * Receives every whole line a server reads. Called on the connection's network thread: be
 * fast, don't throw (a throw is logged as FAILED and the connection goes on). The event log gets a
 * preview anyway; this is for who needs every byte.
 */
@FunctionalInterface
public interface LineHandler {
    LineHandler NONE = (connectionId, peer, line) -> {};

    void onLine(long connectionId, String peer, Line line);
}

package dev.netplayground.engine.tcp;

import java.net.InetSocketAddress;

/** The accepting and reading machinery of one concurrency model. */
interface ServerLoop {
    InetSocketAddress localAddress();

    /** Starts accepting on the engine's threads; returns at once. */
    void start();

    /** Stops accepting and waits (bounded) for the loop to end. Connections are closed by the server. */
    void close();
}

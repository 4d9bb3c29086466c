package dev.netplayground.engine.core;

/** A server or client the engine owns: something with an id that must be closed. */
public interface Endpoint extends AutoCloseable {
    /** Stable id used in the log, e.g. {@code tcp-server-1}. */
    String id();

    /** Whether it is doing something now (listening, connected, sending); an idle client is not. */
    default boolean isActive() {
        return true;
    }

    /** Stops it and releases its sockets and threads. Idempotent, thread-safe. */
    @Override
    void close();
}

package dev.netplayground.engine.event;

/**
 * Receives every event published to a log.
 *
 * <p>Contract (as OkHttp's {@code EventListener}): called on the publishing network thread, so
 * it must be fast, must not block, must not take locks held elsewhere for long, and must not
 * throw. Hand work to a queue and do I/O elsewhere.
 */
@FunctionalInterface
public interface EventListener {
    void onEvent(NetEvent event);
}

package dev.netplayground.engine.proxy;

import java.util.Locale;

/** What a proxy did to the traffic; each is counted exactly and logged (within a budget). */
public enum ConditionKind {
    DELAYED,
    THROTTLED,
    SLICED,
    STALLED,
    CLOSED,
    RESET,
    DROPPED,
    DUPLICATED,
    REORDERED,
    /** The proxy could not send a datagram on (socket buffer full): lost by the proxy, not by a condition. */
    UNSENT;

    /** The word the log and the window use, e.g. {@code dropped}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package dev.netplayground.ui.conditions;

import dev.netplayground.engine.proxy.ProxyDirection;
import java.util.EnumSet;
import java.util.Set;

/** Which way the conditions of the Conditions tab apply: both, or one direction. */
public enum ConditionDirections {
    BOTH("Both directions", EnumSet.allOf(ProxyDirection.class)),
    UPSTREAM("Client → target", EnumSet.of(ProxyDirection.UPSTREAM)),
    DOWNSTREAM("Target → client", EnumSet.of(ProxyDirection.DOWNSTREAM));

    private final String label;
    private final Set<ProxyDirection> directions;

    ConditionDirections(String label, Set<ProxyDirection> directions) {
        this.label = label;
        this.directions = directions;
    }

    public boolean includes(ProxyDirection direction) {
        return directions.contains(direction);
    }

    @Override
    public String toString() {
        return label;
    }
}

package dev.netplayground.ui.log;

import dev.netplayground.engine.event.Direction;

/** The direction choices of the log's filter bar. */
public enum DirectionFilter {
    ANY("Any direction", null),
    IN("In", Direction.IN),
    OUT("Out", Direction.OUT),
    NONE("No bytes", Direction.NONE);

    private final String label;
    private final Direction direction;

    DirectionFilter(String label, Direction direction) {
        this.label = label;
        this.direction = direction;
    }

    /** The direction to match, or null for any. */
    public Direction direction() {
        return direction;
    }

    @Override
    public String toString() {
        return label;
    }
}

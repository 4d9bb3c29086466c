package dev.netplayground.store;

/** A saved item's file exists but cannot be read; {@link #problem} says where and why. */
public final class UnreadableItemException extends Exception {
    private final transient LoadProblem problem;

    UnreadableItemException(LoadProblem problem, Throwable cause) {
        super(problem.message(), cause);
        this.problem = problem;
    }

    public LoadProblem problem() {
        return problem;
    }
}

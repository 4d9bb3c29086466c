package dev.netplayground.ui.common;

import java.util.concurrent.CompletionException;

/** The sentence to show for a failed background step. */
public final class Failures {
    private Failures() {}

    /** The cause's message when a future wrapped it, else the failure's own. */
    public static String message(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause.getMessage();
    }
}

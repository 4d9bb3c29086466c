package dev.netplayground.ui.common;

import java.util.concurrent.CompletionException;

/** The sentence to show for a failed background step. */
public final class Failures {
    private Failures() {}

    /** The cause's message when a future wrapped it, else the failure's own. */
    public static String message(Throwable failure) {
        boolean wrapped = failure instanceof CompletionException && failure.getCause() != null;
        Throwable cause = wrapped ? failure.getCause() : failure;
        return cause.getMessage();
    }
}

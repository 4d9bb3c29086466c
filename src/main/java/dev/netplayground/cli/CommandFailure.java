package dev.netplayground.cli;

/**
 * A command could not do its work for a reason outside the program (a host, a port, a peer).
 * The message says why, ready to print; {@link Cli} prints it as one {@code error:} line and
 * exits with 1. A blank message is a bug, refused at once (and reported as one), so no failure
 * ever prints a bare {@code error:}.
 */
final class CommandFailure extends RuntimeException {
    CommandFailure(String message) {
        super(requireReason(message), null, false, false);
    }

    private static String requireReason(String message) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a command failed without saying why");
        }
        return message;
    }
}

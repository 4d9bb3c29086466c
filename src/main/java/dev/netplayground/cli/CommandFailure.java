package dev.netplayground.cli;

/**
 * A command could not do its work for a reason outside the program (a host, a port, a peer).
 * The message says why, ready to print; {@link Cli} prints it as one {@code error:} line and
 * exits with 1.
 */
final class CommandFailure extends RuntimeException {
    CommandFailure(String message) {
        super(message, null, false, false);
    }
}

package dev.netplayground.store;

/** Sending a saved item failed; the message is one sentence saying why. */
public final class SendFailedException extends Exception {
    public SendFailedException(String message) {
        super(message);
    }
}

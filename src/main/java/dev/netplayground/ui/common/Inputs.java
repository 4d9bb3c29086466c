package dev.netplayground.ui.common;

/** Parses what a person typed into form fields; messages say what is expected. */
public final class Inputs {
    private Inputs() {}

    /** A port number; {@code allowZero} for servers, where 0 picks a free port. */
    public static int port(String text, boolean allowZero) {
        String trimmed = text == null ? "" : text.trim();
        int min = allowZero ? 0 : 1;
        String expected = allowZero ? "a port from 0 to 65535 (0 picks a free one)" : "a port from 1 to 65535";
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Enter " + expected + ".");
        }
        try {
            int port = Integer.parseInt(trimmed);
            if (port < min || port > 65535) {
                throw new IllegalArgumentException("Port " + port + " is out of range: enter " + expected + ".");
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a number: enter " + expected + ".");
        }
    }

    /** A whole number in {@code [min, max]}, named in the message. */
    public static int intInRange(String text, String name, int min, int max) {
        String trimmed = text == null ? "" : text.trim();
        try {
            int value = Integer.parseInt(trimmed);
            if (value < min || value > max) {
                throw new IllegalArgumentException(
                        name + " must be from " + min + " to " + max + ", not " + value + ".");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ".");
        }
    }

    /** An unsigned 32-bit integer, as Rust's {@code u32}. */
    public static long u32(String text, String name) {
        String trimmed = text == null ? "" : text.trim();
        String expected = name + " must be an unsigned 32-bit integer: a whole number from 0 to 4294967295";
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(expected + ".");
        }
        if (!trimmed.matches("\\d+")) {
            throw new IllegalArgumentException("'" + trimmed + "' is not allowed: " + expected
                    + (trimmed.startsWith("-") ? " (no negative numbers)." : " (digits only)."));
        }
        if (trimmed.length() > 10 || Long.parseLong(trimmed) > 4_294_967_295L) {
            throw new IllegalArgumentException(trimmed + " is too large: " + expected + ".");
        }
        return Long.parseLong(trimmed);
    }

    /** A non-blank host name or address. */
    public static String host(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Enter a host, such as 127.0.0.1 or localhost.");
        }
        return trimmed;
    }
}

package dev.netplayground.engine.load;

import dev.netplayground.engine.core.NetErrors;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;

/** The kinds an HTTP load run counts its failures by. */
final class HttpLoadErrors {
    /** How long a connection waits after a failure before it connects again. */
    static final long RETRY_PAUSE_NANOS = 100_000_000L;

    private HttpLoadErrors() {}

    static String kind(IOException e) {
        if (e instanceof ConnectException) {
            return String.valueOf(e.getMessage()).contains("refused") ? "refused" : "connect failed";
        }
        if (e instanceof NoRouteToHostException) {
            return "connect failed";
        }
        String message = NetErrors.ioFailure(e);
        return message.startsWith("Connection reset") ? "reset"
                : message.startsWith("The peer closed") ? "broken pipe"
                : "other";
    }
}

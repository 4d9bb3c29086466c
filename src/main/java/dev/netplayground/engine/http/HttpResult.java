package dev.netplayground.engine.http;

import java.time.Duration;
import java.util.List;

/**
 * An HTTP answer as the client shows it.
 *
 * @param status  status code, e.g. 200
 * @param reason  reason phrase, may be empty (HTTP/2 has none)
 * @param headers response headers as {@code Name: value} lines
 * @param body    the body decoded as UTF-8 (or shown as hex when it is not)
 * @param elapsed from sending the request to the end of the body (or of what was read of it)
 * @param cutAt   the body was longer than this many bytes and only they were read; -1 when whole
 */
public record HttpResult(int status, String reason, List<String> headers, String body, Duration elapsed, long cutAt) {
    public boolean isCut() {
        return cutAt >= 0;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** E.g. {@code 200 OK}. */
    public String statusLine() {
        return reason.isEmpty() ? String.valueOf(status) : status + " " + reason;
    }
}

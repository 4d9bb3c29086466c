package dev.netplayground.engine.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The {@code Date} header line (RFC 9110 IMF-fixdate), formatted at most once per second. Thread-safe. */
final class HttpDate {
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private record Line(long second, byte[] bytes) {}

    private static volatile Line cached = format(0);

    private HttpDate() {}

    /** {@code Date: ...\r\n} for the given time; the same array for every call within one second. */
    static byte[] headerLine(long epochMillis) {
        long second = Math.floorDiv(epochMillis, 1000);
        Line line = cached;
        if (line.second() != second) {
            line = format(second);
            cached = line;
        }
        return line.bytes();
    }

    private static Line format(long second) {
        String text = "Date: " + IMF_FIXDATE.format(Instant.ofEpochSecond(second)) + "\r\n";
        return new Line(second, text.getBytes(StandardCharsets.US_ASCII));
    }
}

package dev.netplayground.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.netplayground.engine.codec.LineEnding;
import dev.netplayground.engine.codec.TextCodec;
import java.util.Locale;

/**
 * A TCP or UDP message to send again.
 *
 * @param transport      tcp or udp
 * @param host           where to send it
 * @param port           1 to 65535
 * @param encoding       how {@code payload} is written
 * @param payload        the bytes, as text with escapes or as hex
 * @param lineEnding     appended to the payload
 * @param repeat         how many times to send it, at least 1
 * @param intervalMillis between repeats
 */
public record MessageItem(
        @JsonProperty(required = true) Transport transport,
        @JsonProperty(required = true) String host,
        @JsonProperty(required = true) int port,
        @JsonProperty(required = true) PayloadEncoding encoding,
        @JsonProperty(required = true) String payload,
        @JsonProperty(required = true) LineEnding lineEnding,
        @JsonProperty(required = true) int repeat,
        @JsonProperty(required = true) long intervalMillis) implements SavedItem {
    public static final int MAX_REPEAT = 1_000_000;

    public MessageItem {
        if (transport == null || encoding == null || payload == null || lineEnding == null) {
            throw new IllegalArgumentException("transport, encoding, payload and lineEnding must not be null.");
        }
        Hosts.check(host);
        Ports.check(port);
        encoding.decode(payload);
        if (repeat < 1 || repeat > MAX_REPEAT) {
            throw new IllegalArgumentException("repeat must be from 1 to " + MAX_REPEAT + ", not " + repeat + ".");
        }
        if (intervalMillis < 0) {
            throw new IllegalArgumentException("intervalMillis must not be negative.");
        }
    }

    /** The bytes of one send: the payload followed by the line ending. */
    public byte[] bytes() {
        return lineEnding.append(encoding.decode(payload));
    }

    @Override
    public ItemKind kind() {
        return ItemKind.MESSAGES;
    }

    @Override
    public String summary() {
        String times = repeat > 1 ? ", " + repeat + " times " + intervalMillis + " ms apart" : "";
        return transport.name().toLowerCase(Locale.ROOT) + " " + host + ":" + port + " "
                + TextCodec.display(bytes()) + times;
    }
}

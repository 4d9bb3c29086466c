package dev.netplayground.cli;

import dev.netplayground.engine.codec.Framing;
import dev.netplayground.engine.codec.LineEnding;
import dev.netplayground.engine.codec.TextCodec;
import dev.netplayground.engine.load.LoadConfig;
import dev.netplayground.engine.reply.ReplyRule;
import dev.netplayground.engine.udp.UdpLimits;
import dev.netplayground.snippet.Kind;
import dev.netplayground.snippet.Lang;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Every value given on the command line is checked here: one converter per kind of value, each
 * saying what it allows in the same words. picocli puts the option in front, so a bad value
 * gives one line such as {@code Invalid value for option '--port': '70000' is not allowed: use a
 * port from 1 to 65535.} What can only be known by trying (an unknown host, a port in use) is
 * a runtime failure instead, reported by the command.
 */
final class Converters {
    private static final int GIB = 1024 * 1024 * 1024;
    private static final int SHOWN_CHARS = 40;

    private Converters() {}

    /** A converter that says what it allows. */
    abstract static class Checked<T> implements ITypeConverter<T> {
        private final String allowed;

        Checked(String allowed) {
            this.allowed = allowed;
        }

        /** What the option allows, as the message says it after "use". */
        final String allowed() {
            return allowed;
        }

        @Override
        public final T convert(String text) {
            return parse(text).orElseThrow(() -> new TypeConversionException(
                    "'" + shown(text) + "' is not allowed: " + why(text) + "use " + allowed + "."));
        }

        /** What is wrong with the text when there is more to say than what is allowed, ending in "; "; else "". */
        String why(String text) {
            return "";
        }

        /** The value, or empty when the text is not allowed. */
        abstract Optional<T> parse(String text);
    }

    /** The text as it can be shown on one line: control characters escaped, long text cut. */
    static String shown(String text) {
        String escaped = TextCodec.escapeControls(text);
        return escaped.length() <= SHOWN_CHARS ? escaped : escaped.substring(0, SHOWN_CHARS) + "...";
    }

    /** A whole number from {@code min} to {@code max}, digits only. */
    abstract static class WholeNumber extends Checked<Integer> {
        private final int min;
        private final int max;

        WholeNumber(int min, int max, String noun, String note) {
            super(noun + " from " + min + " to " + max + note);
            this.min = min;
            this.max = max;
        }

        WholeNumber(int min, int max, String noun) {
            this(min, max, noun, "");
        }

        final int min() {
            return min;
        }

        final int max() {
            return max;
        }

        @Override
        final Optional<Integer> parse(String text) {
            if (!text.matches("-?[0-9]{1,10}")) {
                return Optional.empty();
            }
            long value = Long.parseLong(text);
            return value < min || value > max ? Optional.empty() : Optional.of((int) value);
        }
    }

    static final class ListenPort extends WholeNumber {
        ListenPort() {
            super(0, 65535, "a port", " (0 picks a free one)");
        }
    }

    static final class Port extends WholeNumber {
        Port() {
            super(1, 65535, "a port");
        }
    }

    static final class Clients extends WholeNumber {
        Clients() {
            super(1, LoadConfig.MAX_CLIENTS, "a number of clients");
        }
    }

    /** A line of a load run, newline included. */
    static final class LineBytes extends WholeNumber {
        LineBytes() {
            super(1, LoadConfig.MAX_MESSAGE_BYTES, "a number of bytes");
        }
    }

    static final class DatagramBytes extends WholeNumber {
        DatagramBytes() {
            super(0, UdpLimits.MAX_DATAGRAM_BYTES, "a number of bytes");
        }
    }

    static final class BufferBytes extends WholeNumber {
        BufferBytes() {
            super(1, UdpLimits.MAX_DATAGRAM_BYTES, "a number of bytes");
        }
    }

    /** A server's limit on what it holds in memory for one line or one body. */
    static final class LimitBytes extends WholeNumber {
        LimitBytes() {
            super(1, GIB, "a number of bytes");
        }
    }

    static final class Connections extends WholeNumber {
        Connections() {
            super(1, 1_000_000, "a number of connections");
        }
    }

    static final class Count extends WholeNumber {
        Count() {
            super(1, 1_000_000_000, "a number of times");
        }
    }

    static final class Millis extends WholeNumber {
        Millis() {
            super(0, Integer.MAX_VALUE, "a number of milliseconds");
        }
    }

    /** A timeout: at least 1 ms, as socket timeouts take 0 to mean "forever". */
    static final class TimeoutMillis extends WholeNumber {
        TimeoutMillis() {
            super(1, Integer.MAX_VALUE, "a number of milliseconds");
        }
    }

    static final class DatagramRate extends WholeNumber {
        DatagramRate() {
            super(0, 10_000_000, "a number of datagrams per second", " (0: as fast as the socket takes them)");
        }
    }

    /**
     * A decimal number without sign or exponent, from {@code min} to {@code max}, with at most {@code digits}
     * digits before the point and 9 after it.
     */
    private static Optional<BigDecimal> decimal(String text, int digits, BigDecimal min, BigDecimal max) {
        if (!text.matches("[0-9]{1," + digits + "}(\\.[0-9]{1,9})?")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(text);
        return value.compareTo(min) < 0 || value.compareTo(max) > 0 ? Optional.empty() : Optional.of(value);
    }

    /** A positive duration in seconds, to the millisecond. */
    static final class Seconds extends Checked<Duration> {
        private static final BigDecimal MIN = new BigDecimal("0.001");
        private static final BigDecimal MAX = new BigDecimal("1000000");

        Seconds() {
            super("a number of seconds from 0.001 to 1000000");
        }

        @Override
        Optional<Duration> parse(String text) {
            return decimal(text, 9, MIN, MAX).map(seconds -> Duration.ofNanos(seconds.movePointRight(9).longValue()));
        }
    }

    /** A decimal number from 0 to {@code max}, with at most {@code digits} digits before the point. */
    abstract static class Decimal extends Checked<Double> {
        private final int digits;
        private final BigDecimal max;

        Decimal(int digits, String max, String allowed) {
            super(allowed);
            this.digits = digits;
            this.max = new BigDecimal(max);
        }

        @Override
        final Optional<Double> parse(String text) {
            return decimal(text, digits, BigDecimal.ZERO, max).map(BigDecimal::doubleValue);
        }
    }

    /** Lines per second per client; 0 sends the next as soon as the echo is back. */
    static final class LineRate extends Decimal {
        LineRate() {
            super(9, "1000000", "a number of lines per second from 0 to 1000000 (0: as fast as echoes come back)");
        }
    }

    /** Requests per second over all connections; 0 sends each next request as soon as the response is in. */
    static final class RequestRate extends Decimal {
        RequestRate() {
            super(9, "10000000", "a number of requests per second from 0 to 10000000 "
                    + "(0: as fast as responses come back)");
        }
    }

    /** Text taken as it is when the whole of it matches a regular expression. */
    abstract static class Matching extends Checked<String> {
        private final Pattern pattern;

        Matching(String allowed, String regex) {
            super(allowed);
            this.pattern = Pattern.compile(regex);
        }

        @Override
        final Optional<String> parse(String text) {
            return pattern.matcher(text).matches() ? Optional.of(text) : Optional.empty();
        }
    }

    /** An HTTP method: a token (RFC 9110 section 9), such as GET or POST. */
    static final class HttpMethod extends Matching {
        HttpMethod() {
            super("an HTTP method in capitals, such as GET, POST or HEAD", "[A-Z]{1,20}");
        }
    }

    /** A request header line: a field name, a colon, a value without line breaks. */
    static final class HeaderLine extends Matching {
        HeaderLine() {
            super("a header as Name: value, such as 'Accept: application/json'",
                    "[!#$%&'*+.^_`|~0-9A-Za-z-]+:[\\t -~\\x80-\\xff]*");
        }
    }

    /** A host name or address: its syntax only; whether it resolves is found out when it is used. */
    static class Host extends Checked<String> {
        Host() {
            this("a host name or IP address, such as 127.0.0.1 or localhost");
        }

        Host(String allowed) {
            super(allowed);
        }

        @Override
        final Optional<String> parse(String text) {
            boolean plausible = !text.isEmpty() && text.length() <= 253 && text.matches("[\\p{L}\\p{N}.:%_\\[\\]-]+");
            return plausible ? Optional.of(text) : Optional.empty();
        }
    }

    static final class BindAddress extends Host {
        BindAddress() {
            super("an IP address of this machine, such as 127.0.0.1, or 0.0.0.0 for every interface");
        }
    }

    /** An unsigned 32-bit integer, as the talk's Rust {@code u32}. */
    static final class U32 extends Checked<Long> {
        U32() {
            super("a whole number from 0 to 4294967295");
        }

        @Override
        Optional<Long> parse(String text) {
            if (!text.matches("[0-9]{1,10}")) {
                return Optional.empty();
            }
            long value = Long.parseLong(text);
            return value > 0xFFFF_FFFFL ? Optional.empty() : Optional.of(value);
        }
    }

    /**
     * {@code true} or {@code false}, as text: picocli reads an empty value of a {@code boolean}
     * option as false, so the option is declared as text and checked here.
     */
    static final class Bool extends Checked<String> {
        Bool() {
            super("true or false");
        }

        @Override
        Optional<String> parse(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            return lower.equals("true") || lower.equals("false") ? Optional.of(lower) : Optional.empty();
        }
    }

    static final class WebUrl extends Checked<URI> {
        WebUrl() {
            super("a full http:// or https:// URL, such as http://127.0.0.1:3030/data");
        }

        @Override
        Optional<URI> parse(String text) {
            try {
                URI uri = new URI(text);
                boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
                return web && uri.getHost() != null && uri.getPort() <= 65535 ? Optional.of(uri) : Optional.empty();
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        }
    }

    static final class MulticastGroup extends Checked<String> {
        MulticastGroup() {
            super("a multicast group: IPv4 from 224.0.0.0 to 239.255.255.255, such as 239.1.2.3, "
                    + "or IPv6 starting with ff, such as ff02::1234");
        }

        @Override
        Optional<String> parse(String text) {
            boolean literal = text.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || text.matches("[fF][fF][0-9a-fA-F:]*");
            if (!literal) {
                return Optional.empty();
            }
            try {
                // An address literal is parsed without any lookup.
                InetAddress address = InetAddress.getByName(text);
                boolean group = address.isMulticastAddress();
                return group ? Optional.of(text) : Optional.empty();
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
    }

    static final class InterfaceName extends Matching {
        InterfaceName() {
            super("the name of a network interface, such as eth0", "[\\p{L}\\p{N}._:@-]{1,64}");
        }
    }

    /** A name a certificate is for: a host name (wildcards allowed) or an IP address, checked by its letters only. */
    static final class CertificateName extends Matching {
        CertificateName() {
            super("a host name such as localhost or an IP address such as 127.0.0.1 or ::1",
                    "[A-Za-z0-9*.:%\\[\\]-]{1,253}");
        }
    }

    /** A SHA-256 fingerprint: 64 hex digits, colons allowed (as openssl prints it); kept lower-case, no colons. */
    static final class Fingerprint extends Checked<String> {
        Fingerprint() {
            super("a SHA-256 fingerprint: 64 hex digits, colons allowed");
        }

        @Override
        Optional<String> parse(String text) {
            String hex = text.replace(":", "").toLowerCase(Locale.ROOT);
            return hex.matches("[0-9a-f]{64}") ? Optional.of(hex) : Optional.empty();
        }
    }

    static final class FilePath extends Checked<Path> {
        FilePath() {
            super("a file path");
        }

        @Override
        Optional<Path> parse(String text) {
            if (text.isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Path.of(text));
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
    }

    /** One of a fixed set of values, each chosen by its name as written. */
    abstract static class Named<T> extends Checked<T> {
        private final List<T> values;
        private final Function<T, String> name;

        Named(T[] values, Function<T, String> name) {
            super("one of " + Arrays.stream(values).map(name).collect(Collectors.joining(", ")));
            this.values = List.of(values);
            this.name = name;
        }

        @Override
        final Optional<T> parse(String text) {
            return values.stream().filter(value -> name.apply(value).equals(text)).findFirst();
        }
    }

    static final class SnippetLanguage extends Named<Lang> {
        SnippetLanguage() {
            super(Lang.values(), Lang::cliName);
        }
    }

    static final class SnippetProgram extends Named<Kind> {
        SnippetProgram() {
            super(Kind.values(), Kind::cliName);
        }
    }

    static final class LineEndingName extends Checked<LineEnding> {
        LineEndingName() {
            super("lf or crlf");
        }

        @Override
        Optional<LineEnding> parse(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "lf" -> Optional.of(LineEnding.LF);
                case "crlf" -> Optional.of(LineEnding.CRLF);
                default -> Optional.empty();
            };
        }
    }

    /** How a TCP stream is cut into messages; see {@link Framing#parse}. */
    static final class FramingSpec extends Checked<Framing> {
        FramingSpec() {
            super("line, raw, delimiter:HEX (1 to 64 bytes), fixed:N (bytes) or length:BYTES[:le][:incl] "
                    + "(BYTES 1, 2, 4 or 8)");
        }

        @Override
        Optional<Framing> parse(String text) {
            try {
                return Optional.of(Framing.parse(text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /** A reply rule, {@code MATCH=>REPLY}; see {@link ReplyRule#parse}. Its delay comes from another option. */
    static final class ReplySpec extends Checked<ReplyRule> {
        ReplySpec() {
            super("MATCH=>REPLY, as in PING=>PONG, hex:01 02=>hex:03 {{echo}} or re:^GET=>OK\\r\\n");
        }

        @Override
        Optional<ReplyRule> parse(String text) {
            try {
                return Optional.of(ReplyRule.parse(text, 0));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        @Override
        String why(String text) {
            try {
                ReplyRule.parse(text, 0);
                return "";
            } catch (IllegalArgumentException e) {
                String reason = e.getMessage().replaceFirst("\\.$", "");
                return Character.toLowerCase(reason.charAt(0)) + reason.substring(1) + "; ";
            }
        }
    }

    static final class ReplyDelayMillis extends WholeNumber {
        ReplyDelayMillis() {
            super(0, ReplyRule.MAX_DELAY_MILLIS, "a number of milliseconds");
        }
    }

    /** Where a generated program listens or connects: written into it, never tried here. */
    static final class ProgramHost extends Host {
        ProgramHost() {
            super("a host name or IP address for the program, such as 127.0.0.1 or localhost");
        }
    }

    /** The port written into a generated program, never tried here; a server given 0 says the one it got. */
    static final class ProgramPort extends WholeNumber {
        ProgramPort() {
            super(0, 65535, "a port", " (0 for a server that picks a free one)");
        }
    }

    /** A saved item's name, or KIND/NAME. */
    static final class ItemName extends Checked<String> {
        ItemName() {
            super("an item's name, or KIND/NAME such as messages/hello");
        }

        @Override
        Optional<String> parse(String text) {
            boolean plausible = !text.isBlank() && !text.contains("..") && !text.startsWith("/")
                    && !text.endsWith("/") && text.chars().filter(c -> c == '/').count() <= 1;
            return plausible ? Optional.of(text) : Optional.empty();
        }
    }
}

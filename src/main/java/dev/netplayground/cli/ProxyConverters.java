package dev.netplayground.cli;

import java.util.Optional;

/** The values only the {@code proxy} commands take, checked as {@link Converters} checks the rest. */
final class ProxyConverters {
    private ProxyConverters() {}

    /** Where a proxy relays to: {@code HOST:PORT}, an IPv6 address in brackets. */
    record HostPort(String host, int port) {}

    static final class Target extends Converters.Checked<HostPort> {
        private final Converters.Host host = new Converters.Host();
        private final Converters.Port port = new Converters.Port();

        Target() {
            super("HOST:PORT, such as 127.0.0.1:5000 or [::1]:5000");
        }

        @Override
        Optional<HostPort> parse(String text) {
            int colon = text.lastIndexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            String name = text.substring(0, colon);
            if (name.startsWith("[") && name.endsWith("]")) {
                name = name.substring(1, name.length() - 1);
            } else if (name.contains(":")) {
                return Optional.empty();
            }
            Optional<String> checkedHost = host.parse(name);
            Optional<Integer> checkedPort = port.parse(text.substring(colon + 1));
            return checkedHost.isEmpty() || checkedPort.isEmpty() ? Optional.empty()
                    : Optional.of(new HostPort(checkedHost.get(), checkedPort.get()));
        }
    }

    /** A percentage per datagram, to at most 9 decimals (and 3 digits before the point, so no "0100"). */
    static final class Percent extends Converters.Decimal {
        Percent() {
            super(3, "100", "a percentage from 0 to 100, such as 5 or 0.5");
        }
    }

    static final class Kbps extends Converters.WholeNumber {
        Kbps() {
            super(1, 10_000_000, "kilobytes (1,000 bytes) per second");
        }
    }

    static final class Bytes extends Converters.WholeNumber {
        Bytes() {
            super(1, Integer.MAX_VALUE, "a number of bytes");
        }
    }

    static final class Burst extends Converters.WholeNumber {
        Burst() {
            super(1, 1000, "a number of datagrams");
        }
    }

    static final class Seed extends Converters.WholeNumber {
        Seed() {
            super(0, Integer.MAX_VALUE, "a seed");
        }
    }
}

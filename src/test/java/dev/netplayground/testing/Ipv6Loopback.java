package dev.netplayground.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** IPv6 loopback ({@code ::1}) for tests that need it. */
public final class Ipv6Loopback {
    private Ipv6Loopback() {}

    /** Skips the test, or the class from {@code @BeforeAll}, with a reason when {@code ::1} cannot be bound. */
    public static void assumeAvailable() {
        boolean ipv6 = true;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
            probe.getLocalPort();
        } catch (IOException e) {
            ipv6 = false;
        }
        assumeTrue(ipv6, "this machine has no IPv6 loopback (::1)");
    }
}

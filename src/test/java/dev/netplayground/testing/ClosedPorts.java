package dev.netplayground.testing;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.ServerSocket;

/** Ports nothing listens on, for tests of a refusal: bound to port 0 to learn a free one, then released. */
public final class ClosedPorts {
    private ClosedPorts() {}

    public static int tcp() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static int udp() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

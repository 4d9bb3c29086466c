package dev.netplayground.snippet;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** For tools that cannot listen on port 0 and say which port they got (ncat, socat). */
final class FreePorts {
    private FreePorts() {}

    /** A port free right now on loopback, found by binding port 0 and letting it go. */
    static int pick(Kind kind) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        if (kind == Kind.UDP_RECEIVER) {
            try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(loopback, 0))) {
                return socket.getLocalPort();
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, loopback)) {
            return socket.getLocalPort();
        }
    }

    /** Connects until something listens on the port, each try refused at once, up to {@code timeout}. */
    static void awaitTcpListener(int port, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                return;
            } catch (IOException refused) {
                if (System.nanoTime() > deadline) {
                    throw refused;
                }
                LockSupport.parkNanos(Duration.ofMillis(10).toNanos()); // a poll interval, not a wait for an event
            }
        }
    }
}

package dev.netplayground.engine.tcp;

import java.io.IOException;
import java.net.Socket;

/** A plain client socket for the server tests: loopback, no delay, a read timeout so no test hangs. */
final class LoopbackClient {
    private LoopbackClient() {}

    static Socket connect(TcpServer server) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.localAddress().getPort());
        socket.setSoTimeout(10_000);
        socket.setTcpNoDelay(true);
        return socket;
    }
}

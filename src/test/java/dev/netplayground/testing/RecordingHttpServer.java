package dev.netplayground.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A loopback HTTP/1.1 server for client tests: keeps each request it gets (head and body, by
 * Content-Length) and answers {@code 200 OK} with the body {@code ok}, closing the connection.
 */
public final class RecordingHttpServer implements AutoCloseable {
    /** A request as received: its head (request line and fields, CRLF-separated) and body. */
    public record Recorded(String head, byte[] body) {
        public String requestLine() {
            return head.substring(0, head.indexOf("\r\n"));
        }

        /** The first field of that name (any case), or null. */
        public String field(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final ServerSocket server;
    private final LinkedBlockingQueue<Recorded> requests = new LinkedBlockingQueue<>();
    private final Thread thread;

    public RecordingHttpServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = Thread.ofPlatform().daemon().name("test-recording-http").start(this::serve);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + path;
    }

    /** The next request received, waiting up to 10 s. */
    public Recorded next() throws InterruptedException {
        return Queues.next(requests, "request");
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(10_000);
                InputStream in = socket.getInputStream();
                String head = readHead(in);
                String length = new Recorded(head, new byte[0]).field("Content-Length");
                byte[] body = in.readNBytes(length == null ? 0 : Integer.parseInt(length));
                requests.add(new Recorded(head, body));
                socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: text/plain\r\n"
                        + "Connection: close\r\n\r\nok").getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                // Closed by the test, or a client gave up: the test sees what was recorded.
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            String text = head.toString(StandardCharsets.ISO_8859_1);
            if (text.endsWith("\r\n\r\n")) {
                return text.substring(0, text.length() - 4);
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

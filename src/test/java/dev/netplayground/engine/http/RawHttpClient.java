package dev.netplayground.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One client socket that writes raw bytes and reads answers one by one; every read times out after 10 s. */
final class RawHttpClient implements AutoCloseable {
    /** An answer as read: the status line, the fields by lower-case name, the body. */
    record Answer(String statusLine, Map<String, String> fields, String body) {
        int status() {
            return Integer.parseInt(statusLine.split(" ")[1]);
        }

        String field(String name) {
            return fields.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final Socket socket = new Socket();
    private final InputStream in;
    private final OutputStream out;

    RawHttpClient(InetSocketAddress server) throws IOException {
        socket.connect(server, 5000);
        socket.setSoTimeout(10_000);
        socket.setTcpNoDelay(true);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    RawHttpClient send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.UTF_8));
    }

    RawHttpClient send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** Reads the next answer; {@code head} for the answer to a HEAD request, which has no body. */
    Answer read(boolean head) throws IOException {
        String statusLine = line();
        assertThat(statusLine).as("status line").matches("HTTP/1\\.1 \\d{3} [A-Za-z ]*");
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            fields.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        int length = head || statusLine.contains(" 100 ")
                ? 0
                : Integer.parseInt(fields.getOrDefault("content-length", "0"));
        return new Answer(statusLine, fields, new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }

    Answer read() throws IOException {
        return read(false);
    }

    /** Reads an answer that ends the connection: it says {@code Connection: close}, then the server closes. */
    Answer readLast() throws IOException {
        Answer answer = read();
        assertThat(answer.field("Connection")).as("Connection field of %s", answer.statusLine()).isEqualTo("close");
        assertClosedByServer();
        return answer;
    }

    /** Asserts the server closed the connection (end of stream) with nothing more to read. */
    void assertClosedByServer() throws IOException {
        assertThat(in.read()).as("end of stream").isEqualTo(-1);
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the server closed the connection; read so far: " + line);
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        assertThat(text).as("line ends with CRLF").endsWith("\r");
        return text.substring(0, text.length() - 1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

// The blocking server in Java: java.net, one client at a time on the main thread, like the
// talk's std::net loop. A second client connects but is not read until the first one leaves.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

public class BlockingTcpServer {
    public static void main(String[] args) throws IOException {
        try (ServerSocket listener = new ServerSocket(8080, 50, InetAddress.getLoopbackAddress())) {
            while (true) {
                try (Socket client = listener.accept()) {
                    handleClient(client); // blocks until this client leaves: the next one waits
                } catch (IOException e) {
                    System.err.println("client failed: " + e.getMessage());
                }
            }
        }
    }

    static void handleClient(Socket client) throws IOException {
        var peer = client.getRemoteSocketAddress();
        var lines = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        var writer = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8);
        String line;
        while ((line = lines.readLine()) != null) {
            System.out.println(peer + ": " + line);
            writer.println(line); // echo it back
        }
        System.out.println(peer + " left");
    }
}

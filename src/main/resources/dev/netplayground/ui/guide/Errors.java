// Java throws exceptions, but errors can be values here too: a sealed Result with two records,
// and a switch that the compiler checks covers both, as Rust's match does.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

public class Errors {
    sealed interface Result<T> {
        record Ok<T>(T value) implements Result<T> {}

        record Err<T>(IOException error) implements Result<T> {}
    }

    static Result<String> ask(String host, int port, String question) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(5000);
            new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8).println(question);
            var answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            return new Result.Ok<>(answer.readLine());
        } catch (IOException e) {
            return new Result.Err<>(e);
        }
    }

    public static void main(String[] args) {
        switch (ask("127.0.0.1", 1, "hello")) {
            case Result.Ok<String>(String answer) -> System.out.println("answer: " + answer);
            case Result.Err<String>(ConnectException e) -> System.out.println("nobody listens there: " + e);
            case Result.Err<String>(IOException e) -> System.out.println("failed: " + e);
        }
    }
}

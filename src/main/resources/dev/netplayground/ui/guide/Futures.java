// The same two tasks in Java. A CompletableFuture starts at once (unlike a Rust future); joining
// them one after the other adds the times up, starting both and then joining takes the longest.
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class Futures {
    static void task(int number, long seconds) {
        System.out.println("task " + number + " started");
        try {
            Thread.sleep(Duration.ofSeconds(seconds)); // parks the virtual thread, not its carrier
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.println("task " + number + " finished");
    }

    public static void main(String[] args) {
        try (ExecutorService tasks = Executors.newVirtualThreadPerTaskExecutor()) {
            Instant start = Instant.now();
            CompletableFuture.runAsync(() -> task(1, 5), tasks).join();
            CompletableFuture.runAsync(() -> task(2, 3), tasks).join();
            System.out.println("one after the other: " + Duration.between(start, Instant.now()));

            start = Instant.now();
            CompletableFuture.allOf(CompletableFuture.runAsync(() -> task(1, 5), tasks),
                    CompletableFuture.runAsync(() -> task(2, 3), tasks)).join();
            System.out.println("joined: " + Duration.between(start, Instant.now()));
        }
    }
}

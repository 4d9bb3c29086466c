package dev.netplayground.engine.http;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netplayground.engine.core.Engine;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class DataClientTest {
    @Test
    void aRequestTheClientCannotMakeStillEndsItsFuture() throws Exception {
        try (Engine engine = new Engine()) {
            // OkHttp refuses a negative timeout by throwing on the request's thread.
            CompletableFuture<HttpResult> result = engine.createDataClient()
                    .post("http://127.0.0.1:9/data", "{}", Duration.ofMillis(-1));

            assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        }
    }
}

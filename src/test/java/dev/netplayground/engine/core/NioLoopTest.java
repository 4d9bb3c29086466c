package dev.netplayground.engine.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A loop serves on when one of its channels or tasks fails, even with a bug. */
@Timeout(30)
class NioLoopTest {
    private NioLoop loop;
    private Thread thread;

    @BeforeEach
    void setUp() throws IOException {
        loop = new NioLoop(e -> {});
        thread = Thread.ofPlatform().name("test-nio-loop").start(loop::run);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        loop.close();
        loop.awaitEnd(5, TimeUnit.SECONDS);
        thread.join(5_000);
    }

    private static Pipe readablePipe() throws IOException {
        Pipe pipe = Pipe.open();
        pipe.source().configureBlocking(false);
        pipe.sink().write(ByteBuffer.wrap(new byte[] {1}));
        return pipe;
    }

    private <T> T onLoop(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aChannelThatThrowsIsClosedAndTheOthersAreStillServed() throws Exception {
        Pipe broken = readablePipe();
        onLoop(() -> loop.register(broken.source(), SelectionKey.OP_READ, (key, buffer) -> {
            throw new IllegalStateException("bug");
        }));
        Pipe healthy = readablePipe();
        CompletableFuture<Integer> read = new CompletableFuture<>();
        onLoop(() -> loop.register(healthy.source(), SelectionKey.OP_READ, (key, buffer) -> {
            buffer.clear();
            read.complete(healthy.source().read(buffer));
            key.cancel();
        }));
        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(onLoop(() -> broken.source().isOpen())).isFalse();
    }

    @Test
    void aTaskThatThrowsDoesNotEndTheLoop() throws Exception {
        loop.execute(() -> {
            throw new IllegalStateException("bug");
        });
        assertThat(onLoop(() -> "still serving")).isEqualTo("still serving");
        assertThat(thread.isAlive()).isTrue();
    }
}

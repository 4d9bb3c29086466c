package dev.netplayground.engine.udp;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/** A repeated send in progress: how far it got, and a way to stop it. Thread-safe. */
public final class SendRun {
    private final int count;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CompletableFuture<Result> done = new CompletableFuture<>();

    /** How a run ended: datagrams sent, the first failure (or null), whether it was stopped. */
    public record Result(int sent, String failure, boolean stopped) {}

    SendRun(int count) {
        this.count = count;
    }

    /** Runs on the sending thread: sends, then waits the interval (or until stopped). */
    void execute(IntFunction<String> sendOne, Duration interval, IntConsumer progress) {
        int sent = 0;
        try {
            for (int i = 0; i < count; i++) {
                if (stop.getCount() == 0) {
                    done.complete(new Result(sent, null, true));
                    return;
                }
                String failure = sendOne.apply(i);
                if (failure != null) {
                    done.complete(new Result(sent, failure, false));
                    return;
                }
                sent++;
                progress.accept(sent);
                if (i + 1 < count && !interval.isZero() && stop.await(interval.toNanos(), TimeUnit.NANOSECONDS)) {
                    done.complete(new Result(sent, null, true));
                    return;
                }
            }
            done.complete(new Result(sent, null, false));
        } catch (InterruptedException e) {
            done.complete(new Result(sent, null, true));
        }
    }

    public int count() {
        return count;
    }

    /** Stops before the next datagram. */
    public void stop() {
        stop.countDown();
    }

    public CompletableFuture<Result> done() {
        return done;
    }
}
